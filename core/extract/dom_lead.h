// The article's lead (standfirst, intro, teaser, excerpt) when the page sets it apart from the body: news and
// blog templates put it in the article's header, beside the body's wrapper, where the chosen body misses it.
#pragma once
#include <string>
#include <vector>

#include "dom_blocks.h"
#include "firsthand/page.h"

namespace firsthand::dom {

// The lead's blocks, in reading order, when an element before `body_root` and close to it (under one of its
// few nearest ancestors) names itself a lead by class or id and holds a short run of prose. Otherwise a
// paragraph of 180 bytes or more before the body (under one of a few more ancestors) that the page's meta, og:
// or twitter: description repeats. Else none.
std::vector<std::string> lead_before(const Page& page, const std::vector<Block>& blocks, NodeId body_root);

}  // namespace firsthand::dom
