// Spin signals: evidence that a text was machine-spun (synonym swaps, round-trip translation) rather than
// written or copied. Three sources:
//  - round-trip translation artefacts found in one text alone (function words capitalised mid-sentence,
//    "Stoltenberg said." fragments split off a sentence);
//  - tortured phrases: a phrase dictionary (core/fingerprint/data/tortured-phrases.tsv, Problematic Paper Screener,
//    CC BY 4.0) matched by a token trie in one linear pass;
//  - substitutions learned from aligned sentence pairs of a copy and its original ("metropolis of jackson"
//    for "city of jackson"), collected in a SpinLexicon and then found in other texts of the same site.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "firsthand/fingerprint/normalize.h"

namespace firsthand {

struct ArtefactCounts {
  std::uint32_t capitalised_function_words = 0;  // "talks in Geneva on Monday Between Russian and US officials"
  std::uint32_t fragments = 0;                   // sentences of at most three tokens ("Stoltenberg said.")
  std::uint32_t sentences = 0;
  std::uint32_t per_100_sentences() const;
};
ArtefactCounts round_trip_artefacts(const TokenizedText& text);

struct PhraseHit {
  std::string phrase;   // as found (folded)
  std::string correct;  // the usual wording it replaces
};

// Tortured phrases in the text, longest match first at each position, from the built-in dictionary.
std::vector<PhraseHit> find_tortured_phrases(const TokenizedText& text);
std::size_t tortured_phrase_count();  // entries in the built-in dictionary

// Word substitutions a spinner made, learned from aligned sentences (see compare.h's AlignedPair).
class SpinLexicon {
 public:
  void learn(const std::string& original_words, const std::string& replacement_words);
  // Learned replacements that occur in the text (folded), e.g. in another headline of the same site.
  std::vector<PhraseHit> find_in(const TokenizedText& text) const;
  std::size_t size() const { return replacement_to_original_.size(); }

 private:
  std::map<std::string, std::string> replacement_to_original_;
};

}  // namespace firsthand
