// Spin signals (spin.h): round-trip translation artefacts, the tortured-phrase dictionary, learned spinner
// substitutions.
#include "firsthand/fingerprint/spin.h"

#include <functional>
#include <span>
#include <string_view>

#include "phrase_trie.h"
#include "tortured_phrases.h"

namespace firsthand {

namespace {

constexpr std::uint32_t kFragmentTokens = 3;

// Learned substitutions: (replacement, original) pairs, folded.
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

// The built-in table: a trie of the tortured sides' token hashes and, per entry, where its correction is
// stored. The table's phrases are words joined by single spaces, so a phrase's tokens are its words' tokens
// in order: each distinct word is tokenized once (a plain [a-z0-9] word is one token, hashed directly), and
// a correction is spelled out and folded only when a page holds its phrase. Built in a few milliseconds,
// where tokenizing every phrase and folding every correction cost tens (most of a fresh engine's first call).
struct BuiltInDictionary {
  std::vector<std::size_t> correct_at;  // per entry: for detail::tortured_correct_phrase
  detail::PhraseTrie trie;
};

bool plain_word(std::string_view word) {
  if (word.empty()) return false;
  for (const char c : word)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return false;
  return true;
}

const BuiltInDictionary& tortured_dictionary() {
  static const BuiltInDictionary dict = [] {
    BuiltInDictionary d;
    const std::vector<std::string_view>& words = detail::tortured_words();
    // Per word number - 1: its token hashes in `hashes` (first, count), tokenized on first use.
    constexpr std::uint32_t kNotYet = 0xFFFFFFFFu;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> word_tokens(words.size(), {kNotYet, 0});
    std::vector<std::uint64_t> hashes;
    std::vector<std::uint64_t> phrase;
    detail::for_each_tortured_pair([&](std::span<const std::uint32_t> numbers, std::size_t correct_at) {
      phrase.clear();
      for (const std::uint32_t number : numbers) {
        if (number == 0 || number > words.size()) continue;
        auto& [first, count] = word_tokens[number - 1];
        if (first == kNotYet) {
          first = static_cast<std::uint32_t>(hashes.size());
          const std::string_view word = words[number - 1];
          if (plain_word(word)) {
            hashes.push_back(hash_token(word));
          } else {
            for (const Token& t : tokenize(word).tokens) hashes.push_back(t.hash);
          }
          count = static_cast<std::uint32_t>(hashes.size() - first);
        }
        phrase.insert(phrase.end(), hashes.begin() + first, hashes.begin() + first + count);
      }
      if (phrase.empty()) return;
      d.trie.add(phrase, static_cast<std::uint32_t>(d.correct_at.size()));
      d.correct_at.push_back(correct_at);
    });
    return d;
  }();
  return dict;
}

std::vector<PhraseHit> hits(const detail::PhraseTrie& trie, const TokenizedText& text,
                            const std::function<std::string(std::uint32_t)>& correct) {
  std::vector<PhraseHit> out;
  for (const auto& m : trie.find(text.tokens)) {
    const auto& first = text.tokens[m.first_token];
    const auto& last = text.tokens[m.first_token + m.token_count - 1];
    out.push_back({text.folded.substr(first.begin, last.end - first.begin), correct(m.phrase_id)});
  }
  return out;
}

// Function words that professional text capitalises mid-sentence for their other meaning: the pronoun "I",
// "US" (the country), "May" (the month), "New" (New York), "IT", "WHO", "Will" (a name), "One" (Xbox One,
// Formula One), and the particles of names in the languages the stop lists cover ("von der Leyen", "Kim Il
// Sung", "La Moneda", "UN"). Measured on the real pages of the reading sessions, they were most of the
// "artefacts" of professional journalism.
bool is_name_or_acronym_too(std::string_view folded) {
  static constexpr std::string_view kWords[] = {"i",   "us",  "may", "new", "it",  "who", "will", "one", "von",
                                                "van", "der", "den", "de",  "la",  "le",  "les", "il",  "du",
                                                "del", "da",  "di",  "al",  "el",  "un",  "en",  "los", "las"};
  for (std::string_view w : kWords)
    if (folded == w) return true;
  return false;
}

// A function word capitalised in mid-sentence, not after an opening quote, colon or bracket, a list number's
// bracket or a citation mark ("[12] In 1645": a sentence start the splitter missed), and not inside a
// quotation (song, book and film titles are quoted in title case): machine translation re-capitalises words
// it took for sentence starts ("talks in Geneva on Monday Between...").
bool capitalised_function_word(const TokenizedText& text, const Token& t) {
  // One test of the four flags: stop words are every other token, which a test per flag mispredicted.
  if (!(t.stop_word & t.capitalized & !t.sentence_start & !t.in_quote)) return false;
  if (is_name_or_acronym_too(text.token_text(t))) return false;
  std::size_t pos = t.begin;
  while (pos > 0 && text.folded[pos - 1] == ' ') --pos;
  if (pos == 0) return false;
  const char before = text.folded[pos - 1];
  return before != '"' && before != ':' && before != '(' && before != '\'' && before != '-' && before != '\n' &&
         before != ')' && before != ']';
}

// The sentence's capitalised function words, unless it is a headline, a title or a name list written in
// title case ("Look What You Made Me Do", "Stadia Is Essentially A Beta"): most of its words capitalised.
// Its capitalised function words are the style's, not a translation's. One walk over the sentence counts both.
constexpr double kTitleCaseShare = 0.7;
std::uint32_t capitalised_function_words(const TokenizedText& text, const Sentence& s) {
  std::size_t words = 0, capitalised = 0;
  std::uint32_t found = 0;
  for (std::size_t i = s.first_token; i < s.first_token + s.token_count; ++i) {
    const Token& t = text.tokens[i];
    const bool word = t.kind == TokenKind::Word;
    words += word;
    capitalised += word && t.capitalized;
    found += capitalised_function_word(text, t);
  }
  const bool title_case = words > 0 && capitalised >= kTitleCaseShare * static_cast<double>(words);
  return title_case ? 0 : found;
}

// A sentence of two or three words closed by a full stop ("Stoltenberg said."): the tail of a sentence the
// translation cut in two. Headings, credits and captions ("PTI", "Photo gallery") have no full stop.
bool sentence_fragment(const TokenizedText& text, const Sentence& s) {
  if (s.token_count < 2 || s.token_count > kFragmentTokens) return false;
  const Token& first = text.tokens[s.first_token];
  if (first.kind != TokenKind::Word || !first.capitalized) return false;
  const std::string_view sentence = text.sentence_text(s);
  const auto last = sentence.find_last_not_of(" \"'\u201d\n");
  return last != std::string_view::npos && sentence[last] == '.';
}

}  // namespace

std::uint32_t ArtefactCounts::per_100_sentences() const {
  return sentences ? (capitalised_function_words + fragments) * 100 / sentences : 0;
}

ArtefactCounts round_trip_artefacts(const TokenizedText& text) {
  ArtefactCounts counts;
  counts.sentences = static_cast<std::uint32_t>(text.sentences.size());
  for (const Sentence& s : text.sentences) {
    counts.capitalised_function_words += capitalised_function_words(text, s);
    counts.fragments += sentence_fragment(text, s);
  }
  return counts;
}

std::vector<PhraseHit> find_tortured_phrases(const TokenizedText& text) {
  const BuiltInDictionary& dict = tortured_dictionary();
  return hits(dict.trie, text, [&](std::uint32_t id) {
    return fold_text(detail::tortured_correct_phrase(dict.correct_at[id]));
  });
}

std::size_t tortured_phrase_count() { return tortured_dictionary().correct_at.size(); }

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
  return hits(dict.trie, text, [&](std::uint32_t id) { return dict.entries[id].second; });
}

}  // namespace firsthand
