// Native byte decoding for HTML and text pages read from files: the encoding a browser would pick, converted to
// UTF-8 (in the extension the browser has already decoded the page, so this is the CLI's side only).
#pragma once
#include <string>
#include <string_view>

namespace firsthand {

// The iconv name of a WHATWG encoding label ("latin1" -> "CP1252", "gb2312" -> "GBK", "shift_jis" -> "CP932"),
// "UTF-8" for UTF-8's labels, or "" for a label the WHATWG list does not hold.
std::string encoding_for_label(std::string_view label);

// The label a page declares in <meta charset=...> or <meta http-equiv="Content-Type" content="...; charset=...">
// within its head (the first kSniffBytes bytes), or "" when it declares none.
std::string declared_charset(std::string_view bytes);

// The bytes as UTF-8. Order: a UTF-8 byte-order mark; bytes that are valid UTF-8 with some non-ASCII text stay
// UTF-8 whatever the page declares (mislabelled pages are common and valid multi-byte UTF-8 is almost never
// legacy text); the declared encoding; undeclared, windows-1252 (the web's default) when the bytes are not
// valid UTF-8. Undecodable bytes become U+FFFD. UTF-16 is handled before this (input_kind.h).
std::string decode_to_utf8(std::string_view bytes);

}  // namespace firsthand
