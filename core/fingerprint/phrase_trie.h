// A trie over token hashes: finds every dictionary phrase in a token stream in one pass (longest match at
// each position, no overlaps), however many phrases the dictionary holds. Internal to the core.
#pragma once
#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

#include "firsthand/fingerprint/normalize.h"

namespace firsthand::detail {

class PhraseTrie {
 public:
  struct Match {
    std::size_t first_token, token_count;
    std::uint32_t phrase_id;
  };
  void add(const std::vector<Token>& phrase_tokens, std::uint32_t phrase_id);
  void add(std::span<const std::uint64_t> token_hashes, std::uint32_t phrase_id);  // the same, from the hashes
  std::vector<Match> find(const std::vector<Token>& tokens) const;

 private:
  static constexpr std::uint32_t kNoPhrase = 0xFFFFFFFFu;
  std::uint32_t child(std::uint32_t node, std::uint64_t token_hash) const;
  std::unordered_map<std::uint64_t, std::uint32_t> edges_;  // (node, token) -> node
  std::vector<std::uint32_t> phrase_at_{kNoPhrase};         // node -> phrase ending there (root = node 0)
};

}  // namespace firsthand::detail
