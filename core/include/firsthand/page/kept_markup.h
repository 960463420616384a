// What of a page's markup the page model keeps: the attributes extraction reads and the elements it never
// reads. Every producer that reads markup (gumbo's html_producer natively, the serialised-DOM producer in the
// browser) asks here, so the CLI and the extension build the same page model from the same page.
// (The content script's live-DOM walk, extension/content.js, holds the same two lists in JavaScript.)
#pragma once
#include <string_view>

namespace firsthand {

// `name` is lower-case, as the HTML parser and the serialiser give it.
bool is_kept_attribute(std::string_view name);

// An element left out of the page model with everything inside it: styling, scripting and embedded content
// whose text is no part of the page's own (style, noscript, template, iframe, object, embed, canvas), and
// scripts other than JSON-LD, which metadata reads. `type` is the element's type attribute ("" if none).
bool is_dropped_element(std::string_view tag, std::string_view type);

}  // namespace firsthand
