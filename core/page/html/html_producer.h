// The native HTML producer: parses HTML with gumbo (HTML5-conformant, Debian's libgumbo) into the page model.
// Keeps what extraction needs (elements, their useful attributes, text, JSON-LD scripts) and drops the rest.
#pragma once
#include <string_view>

#include "firsthand/page.h"
#include "firsthand/result.h"

namespace firsthand {

// Fails only on input past limits::kMaxInputBytes; any other byte string gives a page (maybe empty).
Result<Page> page_from_html(std::string_view html);

}  // namespace firsthand
