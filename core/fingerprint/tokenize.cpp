// Folding plus tokenisation and sentence splitting in one pass (see normalize.h). Sentences end at . ! ?
// followed by a space and a non-lower-case letter, unless the word before is an initial ("Vladimir V.") or
// a known abbreviation ("Mr."), and always at CJK full stops and paragraph breaks.
#include <algorithm>
#include <array>
#include <bit>
#include <cassert>
#include <cstring>
#include <memory>
#include <string_view>

#include "firsthand/fingerprint/normalize.h"
#include "page/fold.h"
#include "stop_words.h"

namespace firsthand {
namespace {

using detail::CharClass;
using detail::FoldedChar;

constexpr std::string_view kAbbreviations[] = {  // sorted
    "apr", "aug", "co", "corp", "dec", "dr", "etc", "feb", "gen", "gov", "inc", "jan", "jr", "jul", "jun",
    "lt", "mar", "mr", "mrs", "ms", "mt", "no", "nov", "oct", "prof", "rep", "rev", "sen", "sep", "sept", "sgt",
    "sr", "st", "vs"};

// Words are compared packed (detail::pack_word): a word of up to 7 folded bytes is read in one 8-byte load
// (the buffer is padded), the bytes past it masked off and its length put in the top byte.
static_assert(std::endian::native == std::endian::little, "packed words read bytes from the lowest up");
constexpr std::size_t kMaxPacked = 7;
constexpr std::size_t kPadding = 8;  // bytes after the folded text, so a packed load never reads past it
static_assert(kLongestStopWord <= kMaxPacked);
constexpr std::size_t kKeptBufferBytes = 1u << 20;

constexpr auto kPackedAbbreviations = [] {
  std::array<std::uint64_t, std::size(kAbbreviations)> out{};
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = detail::pack_word(kAbbreviations[i]);
  std::sort(out.begin(), out.end());
  return out;
}();
static_assert([] {
  for (std::string_view a : kAbbreviations)
    if (a.empty() || a.size() > kMaxPacked) return false;
  return true;
}());

constexpr std::uint64_t kFnvOffset = 1469598103934665603ull;
constexpr std::uint64_t kFnvPrime = 1099511628211ull;

void hash_codepoint(std::uint64_t& h, char32_t cp) {
  h = (h ^ static_cast<std::uint64_t>(cp)) * kFnvPrime;
}

// Folds and tokenises one paragraph in a single pass over its bytes: the tokenizer reads the folded char at
// its position straight from the input (plain ASCII is one table load, only other bytes are decoded), and
// each char's folded bytes are written as the tokenizer moves past it. A separate folding pass that wrote a
// 12-byte record per char for the tokenizer to read back was a third of the tokenizing time (perf, AEB text).
class Tokenizer {
 public:
  // The folded bytes of a paragraph, written before they are appended to the text: kept from text to text.
  struct Buffer {
    std::size_t capacity = 0;  // input bytes it has room for
    std::unique_ptr<char8_t[]> bytes;
  };

  Tokenizer(TokenizedText& out, Buffer& buffer) : out_(out), buffer_(buffer) {}

  void paragraph(std::string_view text) {
    if (!out_.folded.empty()) out_.folded += '\n';
    start(text);
    in_quote_ = false;
    while (!at_end()) {
      switch (cur_.cls) {
        case CharClass::Letter:
        case CharClass::Digit: word(); break;
        case CharClass::Cjk: cjk_run(); break;
        case CharClass::Quote: in_quote_ = !in_quote_; advance(); break;
        case CharClass::SentenceEnd: sentence_end(); break;
        case CharClass::CjkSentenceEnd: advance(); close_sentence(offset()); break;
        default: advance(); break;
      }
    }
    close_sentence(offset());
    out_.folded.append(reinterpret_cast<const char*>(bytes()), static_cast<std::size_t>(next_byte_ - bytes()));
  }

 private:
  // The char at or after byte `pos` (dropped chars skipped) and the byte after it; past the end, a char of
  // class Drop, which no kept char has, so every class test fails there.
  struct CharAt {
    FoldedChar c;
    std::size_t next;
  };
  static constexpr FoldedChar kEnd{0, 0, CharClass::Drop, false};

  CharAt char_at(std::size_t pos) const {
    while (pos < text_.size()) {
      // Nothing in ASCII but NUL is dropped or expands, and every fold is one byte.
      if (const auto byte = static_cast<unsigned char>(text_[pos]); byte < 0x80) {
        if (byte != 0) return {detail::kAsciiFolds[byte], pos + 1};
        ++pos;
      } else {
        const auto [c, length] = detail::fold_utf8_at(text_, pos);
        pos += length;
        if (c.cls != CharClass::Drop) return {c, pos};
      }
    }
    return {kEnd, pos};
  }

  void start(std::string_view text) {
    // Per input byte at most three folded bytes (a stray byte becomes U+FFFD): size the buffer once. It holds
    // char8_t, which unlike char aliases nothing, so its stores do not make the compiler reload the state.
    if (!buffer_.bytes || buffer_.capacity < text.size()) {
      buffer_.capacity = text.size();
      // new T[n] of a trivial T leaves the memory unfilled (Emscripten's libc++ lacks make_unique_for_overwrite).
      buffer_.bytes.reset(new char8_t[3 * buffer_.capacity + kPadding]);
    }
    text_ = text;
    base_ = static_cast<std::uint32_t>(out_.folded.size());
    next_byte_ = bytes();
    const CharAt first = char_at(0);
    cur_ = first.c;
    next_ = first.next;
  }

  bool at_end() const { return cur_.cls == CharClass::Drop; }
  // Offset in the folded text of the current char (of the paragraph's end, at the end).
  std::uint32_t offset() const { return base_ + static_cast<std::uint32_t>(next_byte_ - bytes()); }
  char8_t* bytes() const { return buffer_.bytes.get(); }
  CharAt peek() const { return char_at(next_); }
  // Folded text of this paragraph already written, between two offsets.
  std::string_view written(std::uint32_t begin, std::uint32_t end) const {
    return {reinterpret_cast<const char*>(bytes()) + (begin - base_), end - begin};
  }
  // The written word between two offsets, packed: for one of 1 to kMaxPacked bytes its pack_word, for a
  // longer one its first 8 bytes with a top byte of 8 or more, which no packed short word has. Computed alike
  // for every word, with no branch on its length. Never empty (the shift below would be by 64, undefined): both
  // callers pass a Word token, and word() writes its first char's folded bytes, at least one, before it ends.
  std::uint64_t packed(std::uint32_t begin, std::uint32_t end) const {
    assert(end > begin);  // a debug build's check only: Release defines NDEBUG, and this runs once a token
    std::uint64_t v;
    std::memcpy(&v, bytes() + (begin - base_), sizeof v);
    const std::uint32_t kept = std::min<std::uint32_t>(end - begin, 8);
    return (v & (~std::uint64_t{0} >> (64 - 8 * kept))) | (static_cast<std::uint64_t>(kept) << 56);
  }

  // Writes the current char's folded bytes.
  void write_current() {
    if (cur_.first < 0x80) {
      *next_byte_++ = static_cast<char8_t>(cur_.first);
    } else {
      char buffer[4];
      const char* end = detail::write_utf8(buffer, cur_.first);
      for (const char* b = buffer; b != end; ++b) *next_byte_++ = static_cast<char8_t>(*b);
    }
    if (cur_.second) *next_byte_++ = static_cast<char8_t>(cur_.second);
  }
  // Makes the char at or after byte `pos` the current one.
  void move_to(std::size_t pos) {
    const CharAt n = char_at(pos);
    cur_ = n.c;
    next_ = n.next;
  }
  // Writes the current char's folded bytes and moves to the next char.
  void advance() {
    write_current();
    move_to(next_);
  }

  static bool is_alnum(const FoldedChar& c) { return c.cls == CharClass::Letter || c.cls == CharClass::Digit; }

  void word() {
    const bool number = cur_.cls == CharClass::Digit;
    const bool capitalized = cur_.upper;
    const std::uint32_t begin = offset();
    std::uint64_t h = kFnvOffset;
    int skip_after = 0;  // characters consumed after the token that are not part of it ('s)
    while (true) {
      if (cur_.cls <= CharClass::Digit) {  // a letter or a digit (Letter and Digit come first)
        hash_codepoint(h, cur_.first);
        if (cur_.second) hash_codepoint(h, cur_.second);
        write_current();
        // The rest of a run of ASCII letters and digits straight from the bytes, one table load each.
        // The ASCII char that ends the run (not NUL, which is dropped) becomes the current one as read.
        for (std::size_t pos = next_;; ++pos) {
          const auto byte = pos < text_.size() ? static_cast<unsigned char>(text_[pos]) : 0;
          if (byte == 0 || byte >= 0x80) {
            move_to(pos);
            break;
          }
          const FoldedChar& c = detail::kAsciiFolds[byte];
          if (c.cls > CharClass::Digit) {
            cur_ = c;
            next_ = pos + 1;
            break;
          }
          hash_codepoint(h, c.first);
          *next_byte_++ = static_cast<char8_t>(c.first);
        }
      } else if (number && (cur_.first == ',' || cur_.first == '.') && peek().c.cls == CharClass::Digit) {
        if (cur_.first == '.') hash_codepoint(h, '.');  // thousands separators vanish, decimals stay
        advance();
      } else if (!number && cur_.cls == CharClass::Apostrophe) {
        const CharAt after = peek();
        if (after.c.cls != CharClass::Letter) break;
        if (after.c.first == 's' && !is_alnum(char_at(after.next).c)) {  // possessive: "Russia's" is "russia"
          skip_after = 2;
          break;
        }
        hash_codepoint(h, '\'');
        advance();
      } else {
        break;
      }
    }
    Token t;
    t.begin = begin;
    t.end = offset();
    t.hash = h;
    t.kind = number ? TokenKind::Number : TokenKind::Word;
    t.capitalized = capitalized;
    // A number is no stop word (every stop word is letters), so the probe runs for every token alike.
    const std::uint64_t word = packed(t.begin, t.end);
    const std::size_t slot = detail::stop_word_slot_plus_one(word);
    t.stop_word = slot != 0;
    t.language_marker = static_cast<std::uint8_t>(detail::packed_language_marker(word, slot));
    emit(t);
    for (; skip_after > 0; --skip_after) advance();
  }

  void cjk_run() {
    // Character bigrams: CJK words are mostly two characters. A lone CJK char is a token of its own.
    char32_t first = cur_.first;
    std::uint32_t begin = offset();
    advance();
    if (cur_.cls != CharClass::Cjk) {
      Token t{begin, offset(), kFnvOffset, TokenKind::Cjk};
      hash_codepoint(t.hash, first);
      emit(t);
      return;
    }
    while (cur_.cls == CharClass::Cjk) {
      const char32_t second = cur_.first;
      const std::uint32_t second_begin = offset();
      advance();
      Token t{begin, offset(), kFnvOffset, TokenKind::Cjk};
      hash_codepoint(t.hash, first);
      hash_codepoint(t.hash, second);
      emit(t);
      first = second;
      begin = second_begin;
    }
  }

  void sentence_end() {
    const bool full_stop = cur_.first == '.';
    const std::uint32_t mark = offset();
    advance();
    while (cur_.cls == CharClass::SentenceEnd || cur_.cls == CharClass::Quote || cur_.first == ')' ||
           cur_.first == '\'') {
      if (cur_.cls == CharClass::Quote) in_quote_ = !in_quote_;
      advance();
    }
    if (!at_end() && cur_.cls != CharClass::Space) return;  // "U.S", "3.5", "example.com"
    CharAt next{cur_, next_};
    while (next.c.cls == CharClass::Space) next = char_at(next.next);
    const bool lower_follows = next.c.cls == CharClass::Letter && !next.c.upper && next.c.first < 0x80;
    if (lower_follows || (full_stop && abbreviation_before(mark))) return;
    close_sentence(offset());
    in_quote_ = false;
  }

  bool abbreviation_before(std::uint32_t dot) const {
    if (out_.tokens.size() == sentence_first_token_) return false;
    const Token& last = out_.tokens.back();
    if (last.end != dot || last.kind != TokenKind::Word) return false;
    const std::uint32_t length = last.end - last.begin;  // the word ends at the dot: in this paragraph
    if (length == 1) return true;  // an initial
    return length <= kMaxPacked &&
           std::binary_search(kPackedAbbreviations.begin(), kPackedAbbreviations.end(), packed(last.begin, last.end));
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
  std::string_view text_;    // the paragraph
  std::size_t next_ = 0;     // byte of `text_` after the current char
  FoldedChar cur_ = kEnd;    // the current char
  std::uint32_t base_ = 0;   // offset in the folded text of the paragraph's first folded byte
  Buffer& buffer_;
  char8_t* next_byte_ = nullptr;
  std::size_t sentence_first_token_ = 0;
  bool in_quote_ = false;
};

}  // namespace

std::uint64_t hash_token(std::string_view folded_token) {
  std::uint64_t h = kFnvOffset;
  for (std::size_t pos = 0; pos < folded_token.size();) hash_codepoint(h, detail::decode_utf8(folded_token, pos));
  return h;
}

void tokenize_into(const std::vector<std::string>& paragraphs, TokenizedText& out) {
  out.folded.clear();
  out.tokens.clear();
  out.sentences.clear();
  out.shapes.clear();  // a tokenised text has its letters: no word shapes
  // Growing these from empty cost as much as filling them on article-sized texts. ASCII folds to its own
  // length; words average six or more bytes with their space, sentences well over a hundred.
  std::size_t bytes = 0;
  for (const auto& p : paragraphs) bytes += p.size() + 1;
  out.folded.reserve(bytes);
  out.tokens.reserve(bytes / 4);
  out.sentences.reserve(bytes / 128);
  thread_local Tokenizer::Buffer buffer;
  Tokenizer tokenizer(out, buffer);
  for (const auto& p : paragraphs) tokenizer.paragraph(p);
  if (buffer.capacity > kKeptBufferBytes) buffer = {};  // a huge paragraph's buffer is not held on to
}

TokenizedText tokenize(const std::vector<std::string>& paragraphs) {
  TokenizedText out;
  tokenize_into(paragraphs, out);
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
