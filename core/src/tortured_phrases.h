// The compiled-in tortured-phrase table (core/data/tortured-phrases.tsv, stored as a word dictionary and word
// numbers by core/data/tortured_phrases.cmake), read back pair by pair. Internal to the core.
#pragma once
#include <functional>
#include <string_view>

namespace firsthand::detail {

// Calls `visit(tortured, correct)` for every pair of the table, in the table's order.
void for_each_tortured_phrase(const std::function<void(std::string_view tortured, std::string_view correct)>& visit);

}  // namespace firsthand::detail
