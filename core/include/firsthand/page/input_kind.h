// Tells what a byte string given as a page is: HTML, plain visible text, or something that is not a page;
// and whether it is UTF-16 (with or without a byte-order mark), to be transcoded to UTF-8 first.
#pragma once
#include <string>
#include <string_view>

namespace firsthand {

enum class InputKind { Html, Text, Binary, Empty };

InputKind detect_input_kind(std::string_view bytes);
const char* input_kind_name(InputKind kind);

// UTF-16 is told from its byte-order mark or, without one, from where the NUL bytes of its ASCII characters
// (markup, spaces, digits) fall: in the high byte of each code unit. Unclear: NUL bytes in the pattern of
// UTF-16, but either byte order would do (or neither decodes cleanly), so the text cannot be read safely.
enum class Utf16Order { None, LittleEndian, BigEndian, Unclear };

Utf16Order detect_utf16(std::string_view bytes);

// The UTF-16 text as UTF-8, its byte-order mark dropped; unpaired surrogates and an odd last byte become
// U+FFFD. `order` is LittleEndian or BigEndian.
std::string utf8_from_utf16(std::string_view bytes, Utf16Order order);

}  // namespace firsthand
