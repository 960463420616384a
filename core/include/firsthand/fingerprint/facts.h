// The facts of a text as the comparison aligns them across paraphrase and translation: its names and numbers
// (CJK text: content-defined anchor bigrams), each once, in order of first appearance. Their keys survive
// translation: a name is keyed by its folded spelling, a number by its digits alone, so "2.5" and "2,5", or
// "310,000" and "310.000", are one fact. And a guess of the text's language from its function words, so that
// a translation can be told from a same-language text that shares the facts.
#pragma once
#include <cstdint>
#include <vector>

#include "firsthand/fingerprint/normalize.h"

namespace firsthand {

inline constexpr unsigned kFactKeyBits = 12;

struct FactToken {
  std::uint16_t key = 0;    // kFactKeyBits-bit key; its low bits also pick the stored sample (fingerprint.h)
  std::uint32_t token = 0;  // index of the fact's first token in the text
};

// Distinct facts in order of first appearance (two facts whose keys collide count once).
std::vector<FactToken> distinct_facts(const TokenizedText& text);

// Languages told apart by their function words; Cjk for text written mostly in CJK characters.
enum class TextLanguage : std::uint8_t { Unknown = 0, English, German, French, Spanish, Cjk };
TextLanguage guess_language(const TokenizedText& text);

}  // namespace firsthand
