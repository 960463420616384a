// Folding plus tokenisation and sentence splitting in one pass (see normalize.h). Sentences end at . ! ?
// followed by a space and a non-lower-case letter, unless the word before is an initial ("Vladimir V.") or
// a known abbreviation ("Mr."), and always at CJK full stops and paragraph breaks.
#include <algorithm>
#include <iterator>
#include <memory>
#include <span>
#include <string_view>

#include "firsthand/fingerprint/normalize.h"
#include "page/fold.h"

namespace firsthand {
namespace {

using detail::CharClass;
using detail::FoldedChar;

constexpr std::string_view kAbbreviations[] = {  // sorted
    "apr", "aug", "co", "corp", "dec", "dr", "etc", "feb", "gen", "gov", "inc", "jan", "jr", "jul", "jun",
    "lt", "mar", "mr", "mrs", "ms", "mt", "no", "nov", "oct", "prof", "rep", "rev", "sen", "sep", "sept", "sgt",
    "sr", "st", "vs"};

constexpr std::uint64_t kFnvOffset = 1469598103934665603ull;
constexpr std::uint64_t kFnvPrime = 1099511628211ull;

void hash_codepoint(std::uint64_t& h, char32_t cp) {
  h = (h ^ static_cast<std::uint64_t>(cp)) * kFnvPrime;
}

// Folds one paragraph into per-character records, appending the folded bytes to `folded`.
class FoldedRun {
 public:
  std::span<const FoldedChar> chars;
  std::span<const std::uint32_t> offsets;  // offset in `folded` of each char, plus one past the end

  // Out of line: inlined into the tokenizer's loop, its pointers were spilled to the stack (7% slower).
  [[gnu::noinline]] void fold(std::string_view text, std::string& folded) {
    // Per input byte at most one char and three folded bytes (a stray byte becomes U+FFFD): size the
    // buffers once and fill them through local pointers. Writing each byte into `folded` directly made the
    // compiler reload every pointer after each char store, which may alias anything.
    if (!offset_buffer_ || capacity_ < text.size()) {
      capacity_ = text.size();
      // new T[n] of a trivial T leaves the memory unfilled (Emscripten's libc++ lacks make_unique_for_overwrite).
      char_buffer_.reset(new FoldedChar[capacity_]);
      offset_buffer_.reset(new std::uint32_t[capacity_ + 1]);
      byte_buffer_.reset(new char[3 * capacity_]);
    }
    FoldedChar* next_char = char_buffer_.get();
    std::uint32_t* next_offset = offset_buffer_.get();
    char* const bytes = byte_buffer_.get();
    char* next_byte = bytes;
    const auto base = static_cast<std::uint32_t>(folded.size());
    const auto keep = [&](const FoldedChar& c) {
      if (c.cls == CharClass::Drop) return;
      *next_offset++ = base + static_cast<std::uint32_t>(next_byte - bytes);
      *next_char++ = c;
      next_byte = detail::write_folded(next_byte, c);
    };
    for (std::size_t pos = 0; pos < text.size();) {
      // ASCII chars are copied straight from the table: a copy of a returned temporary went through the
      // stack in pieces and stalled on store-to-load forwarding at every char.
      // Nothing in ASCII but NUL is dropped or expands, and every fold is one byte: no checks per char.
      if (const auto byte = static_cast<unsigned char>(text[pos]); byte < 0x80) {
        if (byte != 0) {
          const FoldedChar& c = detail::kAsciiFolds[byte];
          *next_offset++ = base + static_cast<std::uint32_t>(next_byte - bytes);
          *next_char++ = c;
          *next_byte++ = static_cast<char>(c.first);
        }
        ++pos;
      } else {
        const auto [c, length] = detail::fold_utf8_at(text, pos);
        keep(c);
        pos += length;
      }
    }
    *next_offset = base + static_cast<std::uint32_t>(next_byte - bytes);
    folded.append(bytes, next_byte);
    chars = {char_buffer_.get(), next_char};
    offsets = {offset_buffer_.get(), next_offset + 1};
  }

 private:
  std::size_t capacity_ = 0;  // input bytes the buffers have room for
  std::unique_ptr<FoldedChar[]> char_buffer_;
  std::unique_ptr<std::uint32_t[]> offset_buffer_;
  std::unique_ptr<char[]> byte_buffer_;
};

class Tokenizer {
 public:
  explicit Tokenizer(TokenizedText& out) : out_(out) {}

  void paragraph(std::string_view text) {
    if (!out_.folded.empty()) out_.folded += '\n';
    run_.fold(text, out_.folded);
    in_quote_ = false;
    const auto& c = run_.chars;
    std::size_t i = 0;
    while (i < c.size()) {
      switch (c[i].cls) {
        case CharClass::Letter:
        case CharClass::Digit: i = word(i); break;
        case CharClass::Cjk: i = cjk_run(i); break;
        case CharClass::Quote: in_quote_ = !in_quote_; ++i; break;
        case CharClass::SentenceEnd: i = sentence_end(i); break;
        case CharClass::CjkSentenceEnd: close_sentence(run_.offsets[i + 1]); ++i; break;
        default: ++i; break;
      }
    }
    close_sentence(run_.offsets.back());
  }

 private:
  bool is(std::size_t i, CharClass cls) const { return i < run_.chars.size() && run_.chars[i].cls == cls; }
  bool is_alnum(std::size_t i) const { return is(i, CharClass::Letter) || is(i, CharClass::Digit); }

  std::size_t word(std::size_t i) {
    const auto& c = run_.chars;
    const bool number = c[i].cls == CharClass::Digit;
    std::uint64_t h = kFnvOffset;
    std::size_t j = i;
    std::size_t skip_after = 0;  // characters consumed after the token that are not part of it ('s)
    while (j < c.size()) {
      if (c[j].cls <= CharClass::Digit) {  // a letter or a digit (Letter and Digit come first)
        hash_codepoint(h, c[j].first);
        if (c[j].second) hash_codepoint(h, c[j].second);
        ++j;
      } else if (number && (c[j].first == ',' || c[j].first == '.') && is(j + 1, CharClass::Digit)) {
        if (c[j].first == '.') hash_codepoint(h, '.');  // thousands separators vanish, decimals stay
        ++j;
      } else if (!number && c[j].cls == CharClass::Apostrophe && is(j + 1, CharClass::Letter)) {
        if (c[j + 1].first == 's' && !is_alnum(j + 2)) {  // possessive: "Russia's" is "russia"
          skip_after = 2;
          break;
        }
        hash_codepoint(h, '\'');
        ++j;
      } else {
        break;
      }
    }
    Token t;
    t.begin = run_.offsets[i];
    t.end = run_.offsets[j];
    t.hash = h;
    t.kind = number ? TokenKind::Number : TokenKind::Word;
    t.capitalized = c[i].upper;
    t.stop_word = !number && t.end - t.begin <= kLongestStopWord && is_stop_word(out_.token_text(t));
    emit(t);
    return j + skip_after;
  }

  std::size_t cjk_run(std::size_t i) {
    std::size_t j = i;
    while (is(j, CharClass::Cjk)) ++j;
    const auto& c = run_.chars;
    if (j - i == 1) {
      Token t{run_.offsets[i], run_.offsets[j], kFnvOffset, TokenKind::Cjk};
      hash_codepoint(t.hash, c[i].first);
      emit(t);
      return j;
    }
    for (std::size_t k = i; k + 1 < j; ++k) {  // character bigrams: CJK words are mostly two characters
      Token t{run_.offsets[k], run_.offsets[k + 2], kFnvOffset, TokenKind::Cjk};
      hash_codepoint(t.hash, c[k].first);
      hash_codepoint(t.hash, c[k + 1].first);
      emit(t);
    }
    return j;
  }

  std::size_t sentence_end(std::size_t i) {
    const auto& c = run_.chars;
    std::size_t j = i + 1;
    while (j < c.size() && (c[j].cls == CharClass::SentenceEnd || c[j].cls == CharClass::Quote ||
                            c[j].first == ')' || c[j].first == '\'')) {
      if (c[j].cls == CharClass::Quote) in_quote_ = !in_quote_;
      ++j;
    }
    if (j < c.size() && c[j].cls != CharClass::Space) return j;  // "U.S", "3.5", "example.com"
    std::size_t next = j;
    while (is(next, CharClass::Space)) ++next;
    const bool lower_follows = is(next, CharClass::Letter) && !c[next].upper && c[next].first < 0x80;
    if (lower_follows || (c[i].first == '.' && abbreviation_before(i))) return j;
    close_sentence(run_.offsets[j]);
    in_quote_ = false;
    return j;
  }

  bool abbreviation_before(std::size_t dot) const {
    if (out_.tokens.size() == sentence_first_token_) return false;
    const Token& last = out_.tokens.back();
    if (last.end != run_.offsets[dot] || last.kind != TokenKind::Word) return false;
    const std::string_view text = out_.token_text(last);
    if (text.size() == 1) return true;  // an initial
    return std::binary_search(std::begin(kAbbreviations), std::end(kAbbreviations), text);
  }

  void emit(Token t) {
    t.sentence_start = out_.tokens.size() == sentence_first_token_;
    t.in_quote = in_quote_;
    out_.tokens.push_back(t);
  }

  void close_sentence(std::uint32_t end_offset) {
    const auto count = static_cast<std::uint32_t>(out_.tokens.size() - sentence_first_token_);
    if (count > 0) {
      const std::uint32_t begin = out_.tokens[sentence_first_token_].begin;
      out_.sentences.push_back({static_cast<std::uint32_t>(sentence_first_token_), count, begin, end_offset});
    }
    sentence_first_token_ = out_.tokens.size();
  }

  TokenizedText& out_;
  FoldedRun run_;
  std::size_t sentence_first_token_ = 0;
  bool in_quote_ = false;
};

}  // namespace

std::uint64_t hash_token(std::string_view folded_token) {
  std::uint64_t h = kFnvOffset;
  for (std::size_t pos = 0; pos < folded_token.size();) hash_codepoint(h, detail::decode_utf8(folded_token, pos));
  return h;
}

TokenizedText tokenize(const std::vector<std::string>& paragraphs) {
  TokenizedText out;
  // Growing these from empty cost as much as filling them on article-sized texts. ASCII folds to its own
  // length; words average six or more bytes with their space, sentences well over a hundred.
  std::size_t bytes = 0;
  for (const auto& p : paragraphs) bytes += p.size() + 1;
  out.folded.reserve(bytes);
  out.tokens.reserve(bytes / 4);
  out.sentences.reserve(bytes / 128);
  Tokenizer tokenizer(out);
  for (const auto& p : paragraphs) tokenizer.paragraph(p);
  return out;
}

TokenizedText tokenize(std::string_view text) {
  // Blank lines separate paragraphs, as in Article::text().
  std::vector<std::string> paragraphs;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find("\n\n", start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) paragraphs.emplace_back(text.substr(start, end - start));
    start = end + 2;
  }
  return tokenize(paragraphs);
}

std::string fold_text(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (std::size_t pos = 0; pos < utf8.size();) {
    const auto [c, length] = detail::fold_at(utf8, pos);
    pos += length;
    if (c.cls == CharClass::Drop) continue;
    if (c.cls == CharClass::Space && (out.empty() || out.back() == ' ')) continue;
    char buffer[8];
    out.append(buffer, detail::write_folded(buffer, c));
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace firsthand
