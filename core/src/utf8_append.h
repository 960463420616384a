// Appending one code point as UTF-8 to a string, for the decoders that build strings a code point at a time
// (the page-JSON reader's \u escapes, UTF-16 input). The tokenizer writes into raw buffers with write_utf8.
#pragma once
#include <string>

#include "fold.h"

namespace firsthand::detail {

inline void append_utf8(std::string& out, char32_t cp) {
  char encoded[4];
  out.append(encoded, write_utf8(encoded, cp));
}

}  // namespace firsthand::detail
