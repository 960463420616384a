// Text normalisation for comparison: what copies change without changing the text (curly quotes, dashes,
// NBSP, zero-width characters, case, Latin diacritics, full-width forms) is folded away, then the text is cut
// into sentences and tokens. Latin, Greek and Cyrillic words are tokens; CJK runs (no spaces) give character
// bigrams; numbers lose thousands separators. Tokens keep whether they were capitalised, to find names.
// No ICU: the folding tables cover Latin-1, Latin Extended-A, Greek, Cyrillic and full-width ASCII.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace firsthand {

// Folded text: lower case, diacritics removed, quotes/dashes/spaces unified, invisible characters dropped.
std::string fold_text(std::string_view utf8);

enum class TokenKind : std::uint8_t { Word, Number, Cjk };

struct Token {
  std::uint32_t begin = 0, end = 0;  // byte span in the folded text the token came from
  std::uint64_t hash = 0;            // hash of the folded token (see hash_token)
  TokenKind kind = TokenKind::Word;
  bool capitalized = false;          // first letter was upper case in the original
  bool sentence_start = false;       // first token of its sentence
  bool stop_word = false;            // function word (English, German, French, Spanish lists)
  bool in_quote = false;             // inside "..." in the original
  // A stop word that marks a language (guess_language, facts.h): that TextLanguage; else 0 (Unknown).
  std::uint8_t language_marker = 0;
};

struct Sentence {
  std::uint32_t first_token = 0, token_count = 0;
  std::uint32_t begin = 0, end = 0;  // byte span in the folded text
};

// Everything comparison needs from one text, computed in one pass over it.
struct TokenizedText {
  std::string folded;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  // Only for a text rebuilt from a passage summary, whose content words have no letters: each token's word
  // shape (firsthand/compare/word_shape.h). Empty for a text that has its letters.
  std::vector<std::uint32_t> shapes;

  std::string_view token_text(const Token& t) const { return std::string_view(folded).substr(t.begin, t.end - t.begin); }
  std::string_view sentence_text(const Sentence& s) const {
    return std::string_view(folded).substr(s.begin, s.end - s.begin);
  }
};

// Paragraph breaks always end a sentence.
TokenizedText tokenize(const std::vector<std::string>& paragraphs);
TokenizedText tokenize(std::string_view text);
// The same into `out`, whose buffers are reused: for callers that tokenise text after text.
void tokenize_into(const std::vector<std::string>& paragraphs, TokenizedText& out);

std::uint64_t hash_token(std::string_view folded_token);
bool is_stop_word(std::string_view folded_token);
inline constexpr std::size_t kLongestStopWord = 7;  // bytes, folded: longer tokens are never stop words
// A stop word's place in the stop-word list, and the word at a place. One byte keeps a place, with
// kStopWordPlaces to 255 left free for a passage summary's marks.
inline constexpr std::size_t kStopWordPlaces = 254;
std::uint8_t stop_word_place(std::string_view folded_stop_word);
std::string_view stop_word_at(std::uint8_t place);

}  // namespace firsthand
