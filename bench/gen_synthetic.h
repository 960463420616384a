// Synthetic news-like articles for the index benchmark: a deterministic word list (pseudo-words from
// syllables, drawn with a Zipf law like real vocabulary), invented names, numbers and dates, paragraphs of
// sentences. Near-duplicates are planted by copying an article and editing it the way copies do: a few words
// substituted, the last paragraph dropped, a credit line added.
#pragma once
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "firsthand/extract/article.h"

namespace firsthand::bench {

class SyntheticArticles {
 public:
  explicit SyntheticArticles(std::uint64_t seed, std::size_t vocabulary = 30000);

  Article article(std::size_t number);  // deterministic for a given seed and number
  // A near copy of `original`: `substitute_share` of its words replaced, the last paragraph dropped.
  Article near_copy(const Article& original, double substitute_share, std::size_t number);

 private:
  std::string word();
  std::string name();
  std::string sentence();

  std::mt19937_64 rng_;
  std::vector<std::string> words_;
  std::vector<std::string> names_;
  std::discrete_distribution<std::size_t> zipf_;
};

}  // namespace firsthand::bench
