// Guards gumbo against hostile nesting. gumbo's tree construction scans the stack of open elements for most
// start tags, so n nested elements cost O(n^2) time (100,000 nested <div>s: 25 s) and its tree destructor
// recurses once per level. The page model keeps only limits::kMaxDepth levels anyway, so before parsing, tags
// that would open elements deeper than that are removed from the markup; their text stays where it was.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace firsthand {

// The markup with every start and end tag past `max_depth` levels of open elements removed, or nothing when
// no element is that deep (the common case costs one scan and no copy). Depth is estimated the way a browser
// nests: void elements and elements closed implicitly by their next sibling (p, li, td...) do not count, and
// comments and raw text (script, style, textarea...) are skipped whole.
std::optional<std::string> flatten_deep_markup(std::string_view html, std::size_t max_depth);

}  // namespace firsthand
