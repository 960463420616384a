// The byte classes the HTML tokenizer uses on raw markup: its whitespace, ASCII letters and ASCII lower-casing.
// Shared by every reader of raw markup (the nesting guard, the raw-text stripping, the serialised-DOM producer,
// the attribute reader), so that all of them split a tag at the same bytes.
#pragma once

namespace firsthand {

// HTML's ASCII whitespace: space, tab, line feed, carriage return, form feed (not vertical tab).
constexpr bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
constexpr bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
// Lower-cases A-Z only: tag and attribute names are matched ASCII case-insensitively; other bytes stay as written.
constexpr char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

}  // namespace firsthand
