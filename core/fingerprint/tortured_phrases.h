// The compiled-in tortured-phrase table (core/fingerprint/data/tortured-phrases.tsv, stored as a word dictionary and word
// numbers by core/fingerprint/data/tortured_phrases.cmake), read back pair by pair. Internal to the core.
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace firsthand::detail {

// Calls `visit(tortured, correct)` for every pair of the table, in the table's order.
void for_each_tortured_phrase(const std::function<void(std::string_view tortured, std::string_view correct)>& visit);

// The same table without building any phrase text: the dictionary's words (word number n at index n - 1),
// then per pair the word numbers of its tortured side (numbers past the dictionary are the caller's to skip) and where its correct side starts in the encoded
// numbers (for tortured_correct_phrase). The spin dictionary is built from these: each distinct word is
// tokenized once instead of every phrase, and a correction is spelled out only when it is found.
const std::vector<std::string_view>& tortured_words();  // decoded once, on first use
void for_each_tortured_pair(const std::function<void(std::span<const std::uint32_t> tortured_words,
                                                     std::size_t correct_at)>& visit);
std::string tortured_correct_phrase(std::size_t correct_at);  // its words joined by single spaces

}  // namespace firsthand::detail
