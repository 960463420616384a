// Synonyms for the spun copies that `firsthand copies` makes: one synonym a word, from the most frequent sense of
// the word in WordNet's database (Debian's wordnet-base, /usr/share/wordnet), as a synonym spinner picks them.
#pragma once
#include <string>
#include <unordered_map>

#include "firsthand/result.h"

namespace firsthand::cli {

class Synonyms {
 public:
  // Reads index.POS and data.POS for adjectives, adverbs, verbs and nouns from `dir`.
  static Result<Synonyms> load(const std::string& dir);

  // A single-word synonym of the lower-case word `word`, or nullptr when WordNet gives none.
  const std::string* of(const std::string& word) const;

 private:
  std::unordered_map<std::string, std::string> synonym_;
};

}  // namespace firsthand::cli
