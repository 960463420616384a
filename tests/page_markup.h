// Test-only: a page model written out as a browser would hand it to the content script, so the serialised-DOM
// producer can be tested (and benchmarked) on pages parsed by gumbo.
#pragma once
#include <string>

#include "firsthand/page.h"

namespace firsthand::test {

// The markup of the HTML fragment serialisation algorithm (what outerHTML gives) for the page's tree: escaped
// text and double-quoted attributes, raw text in script-like elements, no end tag for void elements. Two
// adjacent text nodes are separated by an empty comment, which keeps them two nodes when read back.
std::string serialize_page(const Page& page);

// The page's rendered text when everything is visible, as body.innerText would give it: the text of <body>
// without script and style text, one text node a line.
std::string rendered_text(const Page& page);

}  // namespace firsthand::test
