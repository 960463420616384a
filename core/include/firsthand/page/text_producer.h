// The plain-text producer: a page's visible text (as in ../shared/seeds/*.txt) into the page model.
// Lines become blocks, bullet lines ("•", "-", "*") list items, blank lines paragraph breaks.
#pragma once
#include <string_view>

#include "firsthand/page.h"

namespace firsthand {

Page page_from_text(std::string_view text);

}  // namespace firsthand
