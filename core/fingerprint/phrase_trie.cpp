// Token-hash trie (phrase_trie.h).
#include "phrase_trie.h"

#include "hashing.h"

namespace firsthand::detail {
namespace {
std::uint64_t edge_key(std::uint32_t node, std::uint64_t token_hash) { return combine(node + 1, token_hash); }
}  // namespace

std::uint32_t PhraseTrie::child(std::uint32_t node, std::uint64_t token_hash) const {
  const auto it = edges_.find(edge_key(node, token_hash));
  return it == edges_.end() ? 0 : it->second;
}

void PhraseTrie::add(const std::vector<Token>& phrase_tokens, std::uint32_t phrase_id) {
  std::vector<std::uint64_t> hashes;
  hashes.reserve(phrase_tokens.size());
  for (const Token& t : phrase_tokens) hashes.push_back(t.hash);
  add(hashes, phrase_id);
}

void PhraseTrie::add(std::span<const std::uint64_t> token_hashes, std::uint32_t phrase_id) {
  if (token_hashes.empty()) return;
  std::uint32_t node = 0;
  for (const std::uint64_t hash : token_hashes) {
    std::uint32_t next = child(node, hash);
    if (next == 0) {
      next = static_cast<std::uint32_t>(phrase_at_.size());
      phrase_at_.push_back(kNoPhrase);
      edges_.emplace(edge_key(node, hash), next);
    }
    node = next;
  }
  if (phrase_at_[node] == kNoPhrase) phrase_at_[node] = phrase_id;
}

std::vector<PhraseTrie::Match> PhraseTrie::find(const std::vector<Token>& tokens) const {
  std::vector<Match> matches;
  for (std::size_t start = 0; start < tokens.size();) {
    std::uint32_t node = 0;
    Match best{start, 0, kNoPhrase};
    for (std::size_t i = start; i < tokens.size(); ++i) {
      node = child(node, tokens[i].hash);
      if (node == 0) break;
      if (phrase_at_[node] != kNoPhrase) best = {start, i - start + 1, phrase_at_[node]};
    }
    if (best.token_count > 0) {
      matches.push_back(best);
      start += best.token_count;
    } else {
      ++start;
    }
  }
  return matches;
}

}  // namespace firsthand::detail
