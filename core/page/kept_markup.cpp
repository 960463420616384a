// The page model's kept attributes and dropped elements (see kept_markup.h).
#include "firsthand/page/kept_markup.h"

#include <algorithm>
#include <array>

namespace firsthand {

namespace {

constexpr std::array<std::string_view, 23> kKeptAttributes = {
    "id", "class", "role", "itemprop", "itemtype", "itemscope", "href", "rel", "name", "property", "content",
    "datetime", "hidden", "aria-hidden", "aria-label", "style", "lang", "type", "alt", "title", "http-equiv",
    "charset", "data-testid"};

constexpr std::array<std::string_view, 7> kDroppedElements = {"style",  "noscript", "template", "iframe",
                                                              "object", "embed",    "canvas"};

}  // namespace

bool is_kept_attribute(std::string_view name) {
  return std::find(kKeptAttributes.begin(), kKeptAttributes.end(), name) != kKeptAttributes.end();
}

bool is_dropped_element(std::string_view tag, std::string_view type) {
  if (tag == "script") return type.find("ld+json") == std::string_view::npos;
  return std::find(kDroppedElements.begin(), kDroppedElements.end(), tag) != kDroppedElements.end();
}

}  // namespace firsthand
