// Passage summaries and their alignment with a page (firsthand/verdict/passage_summary.h). The summary is
// turned back into the article's token sequence (function words with their letters, content words without,
// but with their shapes), so the alignment and its swap rules are the text level's own code, not a second
// copy of them.
#include "firsthand/verdict/passage_summary.h"

#include <algorithm>

#include "firsthand/compare/word_shape.h"
#include "firsthand/verdict/standing_text.h"

namespace firsthand {
namespace {

// The layout's bytes: a content word, a capitalised function word whose place follows, else a function
// word's place.
constexpr std::uint8_t kContentWord = 255;
constexpr std::uint8_t kCapitalised = 254;
static_assert(kStopWordPlaces <= kCapitalised);

std::uint32_t low32(std::uint64_t hash) { return static_cast<std::uint32_t>(hash); }

std::uint32_t sentence_hash(const TokenizedText& text, const Sentence& s) {
  return low32(hash_token(text.sentence_text(s)));
}

// The summary as a tokenized text: its tokens in order, one sentence each, the function words' letters in
// `folded`, every token's shape in `shapes`.
TokenizedText as_text(const PassageSummary& summary) {
  TokenizedText text;
  text.tokens.reserve(summary.layout.size());
  text.shapes.reserve(summary.layout.size());
  std::size_t content = 0, at = 0;
  for (std::uint32_t end : summary.sentence_ends) {
    Sentence s;
    s.first_token = static_cast<std::uint32_t>(text.tokens.size());
    for (; at < end && at < summary.layout.size(); ++at) {
      Token t;
      t.begin = t.end = static_cast<std::uint32_t>(text.folded.size());
      if (summary.layout[at] == kContentWord && content < summary.words.size()) {
        t.hash = summary.words[content];
        t.capitalized = !shape_lower_case_word(summary.shapes[content]);  // a name, a number: not a swap's word
        text.shapes.push_back(summary.shapes[content++]);
      } else {
        t.capitalized = summary.layout[at] == kCapitalised && at + 1 < end;
        if (t.capitalized) ++at;
        const std::string_view word = stop_word_at(summary.layout[at]);
        text.folded.append(word).push_back(' ');
        t.end = t.begin + static_cast<std::uint32_t>(word.size());
        t.hash = low32(hash_token(word));
        t.stop_word = true;
        text.shapes.push_back(word_shape(t, word));
      }
      text.tokens.push_back(t);
    }
    s.token_count = static_cast<std::uint32_t>(text.tokens.size()) - s.first_token;
    text.sentences.push_back(s);
  }
  return text;
}

}  // namespace

std::size_t PassageSummary::bytes() const {
  return 4 * (words.size() + shapes.size() + sentence_ends.size() + sentence_hashes.size() + 1) + layout.size();
}

PassageSummary summarize_passages(const TokenizedText& text) {
  PassageSummary summary;
  for (const Sentence& s : text.sentences) {
    for (std::size_t i = s.first_token; i < s.first_token + s.token_count; ++i) {
      const Token& t = text.tokens[i];
      const std::string_view word = text.token_text(t);
      if (t.stop_word) {
        if (t.capitalized) summary.layout.push_back(kCapitalised);
        summary.layout.push_back(stop_word_place(word));
        continue;
      }
      summary.layout.push_back(kContentWord);
      summary.words.push_back(low32(t.hash));
      summary.shapes.push_back(word_shape(t, word));
    }
    summary.sentence_ends.push_back(static_cast<std::uint32_t>(summary.layout.size()));
    summary.sentence_hashes.push_back(sentence_hash(text, s));
  }
  summary.boilerplate_from = boilerplate_start(text);
  summary.words.shrink_to_fit();
  summary.shapes.shrink_to_fit();
  summary.layout.shrink_to_fit();
  return summary;
}

Alignment align_with_summary(const TokenizedText& page, const PassageSummary& known,
                             const std::vector<bool>& page_standing, const std::vector<bool>& known_standing) {
  TokenizedText page_words = page;  // the page's word hashes cut to the summary's 32 bits
  for (Token& t : page_words.tokens) t.hash = low32(t.hash);
  Alignment alignment = align_sentences(page_words, as_text(known), page_standing, known_standing);
  alignment.changed_pairs = 0;
  for (AlignedPair& pair : alignment.pairs) {
    pair.identical = sentence_hash(page, page.sentences[pair.sentence_a]) == known.sentence_hashes[pair.sentence_b];
    alignment.changed_pairs += !pair.identical;
    // The known side's words of a substitution are not kept: none is listed (nor learnt from).
    pair.substitutions.clear();
  }
  return alignment;
}

}  // namespace firsthand
