// JSON pull reader (json_cursor.h).
#include "json_cursor.h"

#include "fold.h"

namespace firsthand::detail {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

char JsonCursor::peek() {
  while (pos_ < text_.size()) {
    const char c = text_[pos_];
    if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return c;
    ++pos_;
  }
  return '\0';
}

bool JsonCursor::consume(char c) {
  if (peek() != c || pos_ >= text_.size()) return false;
  ++pos_;
  return true;
}

bool JsonCursor::read_hex4(std::uint32_t& out) {
  if (text_.size() - pos_ < 4) return false;
  out = 0;
  for (int i = 0; i < 4; ++i) {
    const char c = text_[pos_++];
    out <<= 4;
    if (is_digit(c)) out |= static_cast<std::uint32_t>(c - '0');
    else if (c >= 'a' && c <= 'f') out |= static_cast<std::uint32_t>(c - 'a' + 10);
    else if (c >= 'A' && c <= 'F') out |= static_cast<std::uint32_t>(c - 'A' + 10);
    else return false;
  }
  return true;
}

bool JsonCursor::read_string(std::string& out) {
  out.clear();
  if (!consume('"')) return false;
  for (;;) {
    // Copy the run up to the next quote, escape or control character at once.
    std::size_t run = pos_;
    while (run < text_.size() && text_[run] != '"' && text_[run] != '\\' &&
           static_cast<unsigned char>(text_[run]) >= 0x20)
      ++run;
    out.append(text_, pos_, run - pos_);
    pos_ = run;
    if (pos_ >= text_.size() || static_cast<unsigned char>(text_[pos_]) < 0x20) return false;
    if (text_[pos_++] == '"') return true;
    if (pos_ >= text_.size()) return false;
    switch (const char escape = text_[pos_++]) {
      case '"': case '\\': case '/': out += escape; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'u': {
        std::uint32_t unit = 0;
        if (!read_hex4(unit)) return false;
        if (detail::is_high_surrogate(unit) && text_.substr(pos_, 2) == "\\u") {
          const std::size_t after_high = pos_;
          pos_ += 2;
          std::uint32_t low = 0;
          if (!read_hex4(low)) return false;
          if (detail::is_low_surrogate(low)) {
            detail::append_surrogate_pair(out, unit, low);
            break;
          }
          pos_ = after_high;  // not a pair: the high half stands alone, the next escape is read on its own
        }
        detail::append_lone_unit(out, unit);
        break;
      }
      default: return false;
    }
  }
}

bool JsonCursor::read_integer(std::int64_t& out) {
  peek();
  const std::size_t start = pos_;
  const bool negative = pos_ < text_.size() && text_[pos_] == '-';
  if (negative) ++pos_;
  if (pos_ >= text_.size() || !is_digit(text_[pos_])) return false;
  std::int64_t value = 0;
  while (pos_ < text_.size() && is_digit(text_[pos_])) {
    if (value > (INT64_MAX - 9) / 10) return false;  // beyond any node count: refused rather than wrapped
    value = value * 10 + (text_[pos_++] - '0');
  }
  // A fraction or exponent makes it a float, which is not an integer even when whole (as nlohmann reads it).
  if (pos_ < text_.size() && (text_[pos_] == '.' || text_[pos_] == 'e' || text_[pos_] == 'E')) {
    pos_ = start;
    return false;
  }
  out = negative ? -value : value;
  return true;
}

bool JsonCursor::read_number(bool& is_one) {
  peek();
  const std::size_t start = pos_;
  if (!skip_number()) return false;
  const std::string_view number = text_.substr(start, pos_ - start);
  is_one = number == "1" || number == "1.0" || number == "1e0" || number == "1E0";
  return true;
}

bool JsonCursor::skip_number() {
  if (pos_ < text_.size() && text_[pos_] == '-') ++pos_;
  const auto digits = [&] {
    const std::size_t start = pos_;
    while (pos_ < text_.size() && is_digit(text_[pos_])) ++pos_;
    return pos_ > start;
  };
  if (pos_ < text_.size() && text_[pos_] == '0') ++pos_;
  else if (!digits()) return false;
  if (pos_ < text_.size() && text_[pos_] == '.' && (++pos_, !digits())) return false;
  if (pos_ < text_.size() && (text_[pos_] == 'e' || text_[pos_] == 'E')) {
    ++pos_;
    if (pos_ < text_.size() && (text_[pos_] == '+' || text_[pos_] == '-')) ++pos_;
    if (!digits()) return false;
  }
  return true;
}

bool JsonCursor::skip_literal(std::string_view word) {
  if (text_.substr(pos_, word.size()) != word) return false;
  pos_ += word.size();
  return true;
}

bool JsonCursor::skip_value() {
  std::string ignored;
  switch (peek()) {
    case '"': return read_string(ignored);
    case 't': return skip_literal("true");
    case 'f': return skip_literal("false");
    case 'n': return skip_literal("null");
    case '[':
      consume('[');
      if (consume(']')) return true;
      do {
        if (!skip_value()) return false;
      } while (consume(','));
      return consume(']');
    case '{':
      consume('{');
      if (consume('}')) return true;
      do {
        if (!read_string(ignored) || !consume(':') || !skip_value()) return false;
      } while (consume(','));
      return consume('}');
    default: return skip_number();
  }
}

}  // namespace firsthand::detail
