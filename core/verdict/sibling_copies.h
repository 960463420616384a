// Siblings of a copy (verdict.h): known articles that derive from the page's own original, found by comparing
// their stored fingerprints with the original's. Two rewrites of one text share it only through that text, so
// their own comparison may call them separate reports on one event; when the original is known, it decides.
// Internal to the core.
#pragma once
#include <vector>

#include "firsthand/verdict.h"

namespace firsthand::detail {

// The matches (known index, the page's comparison with it) whose article is itself a copy of
// known[original], each marked same source; returns their known indexes.
std::vector<std::size_t> mark_siblings(const std::vector<KnownArticle>& known, std::size_t original,
                                       std::vector<std::pair<std::size_t, Comparison>>& matches);

}  // namespace firsthand::detail
