// Candidates from a fingerprint pack for `firsthand check --pack FILE`: the pack's index proposes the known
// articles most like the page (LSH + sketch resemblance), and the verdict's comparison then judges each one.
#pragma once
#include <string>
#include <vector>

#include "firsthand/result.h"
#include "firsthand/verdict.h"

namespace firsthand::cli {

inline constexpr std::size_t kPackCandidates = 16;

Result<std::vector<KnownArticle>> pack_candidates(const std::string& pack_path, const Article& page);

}  // namespace firsthand::cli
