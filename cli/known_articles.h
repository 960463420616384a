// Candidate sources for `firsthand check`: each fills the list of known articles the verdict compares the
// page with. A corpus folder gives articles with their text; other sources (packs) give fingerprints only.
#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "firsthand/result.h"
#include "firsthand/verdict.h"

namespace firsthand::cli {

// Every readable page file in `dir` (not recursive, sorted by name), except `skip` (the page itself).
// Files that are not pages (binary, empty) are reported on stderr and skipped.
Result<std::vector<KnownArticle>> load_corpus(const std::filesystem::path& dir, const std::filesystem::path& skip);

}  // namespace firsthand::cli
