// Tells what a byte string given as a page is: HTML, plain visible text, or something that is not a page.
#pragma once
#include <string_view>

namespace firsthand {

enum class InputKind { Html, Text, Binary, Empty };

InputKind detect_input_kind(std::string_view bytes);
const char* input_kind_name(InputKind kind);

}  // namespace firsthand
