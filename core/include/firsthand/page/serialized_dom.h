// The browser's page model from two strings the content script reads cheaply: the serialised DOM
// (document.documentElement.outerHTML, ~10 ms on a 500 KB page) and the rendered text (document.body.innerText,
// which leaves out display:none, visibility:hidden and closed-<details> content). Walking the live DOM node by
// node from an isolated world costs over 100 ms on the same page; parsing these strings in the core does not.
//
// The markup is the output of the HTML fragment serialisation algorithm, not general HTML: explicit end tags,
// double-quoted attributes, raw text only in script-like elements, five escapes. Anything else still parses
// (in linear time, never failing below the size limit) but is not guaranteed to build the tree a browser would.
#pragma once
#include <string_view>

#include "firsthand/page.h"
#include "firsthand/result.h"

namespace firsthand {

// The page model of the serialised DOM `html`, with the same kept attributes and dropped elements as the gumbo
// producer (firsthand/kept_markup.h); source = PageSource::Dom, url = `url`. Text of <body> that is absent from
// `visible_text` is dropped, with the elements all of whose text was hidden. An empty `visible_text` (or one
// that does not align with the page, see serialized_dom.cpp) keeps every node. Fails only on input past
// limits::kMaxInputBytes.
Result<Page> page_from_serialized_dom(std::string_view html, std::string_view visible_text, std::string_view url);

}  // namespace firsthand
