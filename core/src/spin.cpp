// Spin signals (spin.h): round-trip translation artefacts, the tortured-phrase dictionary, learned spinner
// substitutions.
#include "firsthand/spin.h"

#include <string_view>

#include "phrase_trie.h"
#include "tortured_phrases.h"

namespace firsthand {

namespace {

constexpr std::uint32_t kFragmentTokens = 3;

struct Dictionary {
  std::vector<std::pair<std::string, std::string>> entries;  // (tortured, correct), folded
  detail::PhraseTrie trie;
};

void add_phrase(Dictionary& dict, std::string_view tortured, std::string_view correct) {
  const TokenizedText tokens = tokenize(tortured);
  if (tokens.tokens.empty()) return;
  dict.trie.add(tokens.tokens, static_cast<std::uint32_t>(dict.entries.size()));
  dict.entries.emplace_back(tokens.folded, fold_text(correct));
}

const Dictionary& tortured_dictionary() {
  static const Dictionary dict = [] {
    Dictionary d;
    detail::for_each_tortured_phrase(
        [&](std::string_view tortured, std::string_view correct) { add_phrase(d, tortured, correct); });
    return d;
  }();
  return dict;
}

std::vector<PhraseHit> hits(const Dictionary& dict, const TokenizedText& text) {
  std::vector<PhraseHit> out;
  for (const auto& m : dict.trie.find(text.tokens)) {
    const auto& first = text.tokens[m.first_token];
    const auto& last = text.tokens[m.first_token + m.token_count - 1];
    out.push_back({text.folded.substr(first.begin, last.end - first.begin), dict.entries[m.phrase_id].second});
  }
  return out;
}

// A function word capitalised in mid-sentence, not after an opening quote, colon or bracket: machine
// translation re-capitalises words it took for sentence starts ("talks in Geneva on Monday Between...").
bool capitalised_function_word(const TokenizedText& text, const Token& t) {
  if (!t.stop_word || !t.capitalized || t.sentence_start) return false;
  std::size_t pos = t.begin;
  while (pos > 0 && text.folded[pos - 1] == ' ') --pos;
  if (pos == 0) return false;
  const char before = text.folded[pos - 1];
  return before != '"' && before != ':' && before != '(' && before != '\'' && before != '-' && before != '\n';
}

}  // namespace

std::uint32_t ArtefactCounts::per_100_sentences() const {
  return sentences ? (capitalised_function_words + fragments) * 100 / sentences : 0;
}

ArtefactCounts round_trip_artefacts(const TokenizedText& text) {
  ArtefactCounts counts;
  counts.sentences = static_cast<std::uint32_t>(text.sentences.size());
  for (const Token& t : text.tokens) counts.capitalised_function_words += capitalised_function_word(text, t);
  for (const Sentence& s : text.sentences)
    counts.fragments += s.token_count <= kFragmentTokens && text.tokens[s.first_token].kind == TokenKind::Word &&
                        text.tokens[s.first_token].capitalized;
  return counts;
}

std::vector<PhraseHit> find_tortured_phrases(const TokenizedText& text) { return hits(tortured_dictionary(), text); }

std::size_t tortured_phrase_count() { return tortured_dictionary().entries.size(); }

void SpinLexicon::learn(const std::string& original_words, const std::string& replacement_words) {
  if (original_words.empty() || replacement_words.empty() || original_words == replacement_words) return;
  // Only content-word swaps are spinner wording; gaps with function words are reordering or rewording.
  for (const auto* side : {&original_words, &replacement_words})
    for (const Token& t : tokenize(*side).tokens)
      if (t.stop_word) return;
  replacement_to_original_.emplace(fold_text(replacement_words), fold_text(original_words));
}

std::vector<PhraseHit> SpinLexicon::find_in(const TokenizedText& text) const {
  Dictionary dict;
  for (const auto& [replacement, original] : replacement_to_original_) add_phrase(dict, replacement, original);
  return hits(dict, text);
}

}  // namespace firsthand
