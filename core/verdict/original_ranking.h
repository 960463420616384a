// Likely-original ranking among the known articles the page derives from (verdict.h). Internal to the core.
#pragma once
#include <vector>

#include "firsthand/verdict.h"

namespace firsthand::detail {

struct RankedOriginal {
  std::size_t known_index;
  double score;
  std::vector<std::string> reasons;
};

// Ranks `candidates` (indexes into `known`, each with the page's comparison against it), best first.
std::vector<RankedOriginal> rank_originals(const Article& page, const Fingerprint& page_fp,
                                           const std::vector<KnownArticle>& known,
                                           const std::vector<std::pair<std::size_t, Comparison>>& candidates);

}  // namespace firsthand::detail
