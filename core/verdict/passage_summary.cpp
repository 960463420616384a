// Passage summaries and their alignment with a page (firsthand/verdict/passage_summary.h). The summary is
// turned back into a text of content-word tokens without letters, so the alignment is the text level's own
// code, not a second copy of its rule.
#include "firsthand/verdict/passage_summary.h"

namespace firsthand {
namespace {

std::uint32_t low32(std::uint64_t hash) { return static_cast<std::uint32_t>(hash); }

std::uint32_t sentence_hash(const TokenizedText& text, const Sentence& s) {
  return low32(hash_token(text.sentence_text(s)));
}

// The summary as a tokenized text: its content words as tokens with no text, one sentence each.
TokenizedText as_text(const PassageSummary& summary) {
  TokenizedText text;
  text.tokens.reserve(summary.words.size());
  for (std::uint32_t w : summary.words) {
    Token t;
    t.hash = w;
    text.tokens.push_back(t);
  }
  std::uint32_t first = 0;
  for (std::uint32_t end : summary.sentence_ends) {
    Sentence s;
    s.first_token = first;
    s.token_count = end - first;
    text.sentences.push_back(s);
    first = end;
  }
  return text;
}

}  // namespace

PassageSummary summarize_passages(const TokenizedText& text) {
  PassageSummary summary;
  for (const Sentence& s : text.sentences) {
    for (std::size_t i = s.first_token; i < s.first_token + s.token_count; ++i)
      if (!text.tokens[i].stop_word) summary.words.push_back(low32(text.tokens[i].hash));
    summary.sentence_ends.push_back(static_cast<std::uint32_t>(summary.words.size()));
    summary.sentence_hashes.push_back(sentence_hash(text, s));
  }
  summary.words.shrink_to_fit();
  return summary;
}

Alignment align_with_summary(const TokenizedText& page, const PassageSummary& known) {
  TokenizedText page_words = page;  // the page's word hashes cut to the summary's 32 bits
  for (Token& t : page_words.tokens) t.hash = low32(t.hash);
  Alignment alignment = align_sentences(page_words, as_text(known));
  for (AlignedPair& pair : alignment.pairs) {
    pair.identical = sentence_hash(page, page.sentences[pair.sentence_a]) == known.sentence_hashes[pair.sentence_b];
    // Gaps against a side without its stop words are no word swaps.
    pair.substitutions.clear();
  }
  alignment.rarer_swaps_a = alignment.rarer_swaps_b = 0;
  alignment.changed_pairs = alignment.swapped_pairs = 0;
  alignment.in_place_swaps.clear();
  alignment.substituted_word_share = 0;
  return alignment;
}

}  // namespace firsthand
