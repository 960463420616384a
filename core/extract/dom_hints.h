// Signals read off single elements and text runs for DOM body extraction: what an element's class/id/role
// says about it (article body, or clutter such as share bars, comments, newsletter boxes), whether it is
// hidden, whether its tag never holds article text, and whether a short text is page furniture.
// Patterns are RE2 (linear time on hostile class names), compiled once.
#pragma once
#include <string_view>

#include "firsthand/page.h"

namespace firsthand::dom {

// Mixed: a content word beside a layout word, as in big wrappers ("content-with-sidebar",
// "article__body overlay-handle"); link density decides those. Widget words ("share", "comment", "related")
// make an element Clutter whatever else its class says; layout words alone ("header", "sidebar", "widget",
// "menu") make it Layout, which page builders also put around article text.
enum class Hint { Neutral, Content, Clutter, Layout, Mixed };

inline bool is_clutter(Hint hint) { return hint == Hint::Clutter || hint == Hint::Layout; }

// Classifies an element by its class, id, role and itemprop: Content for article-body wrappers, Clutter for
// navigation, ads, share bars, related lists, newsletter boxes, comments, cookie banners, footers, bylines...
Hint element_hint(const Page& page, NodeId id);
// element_hint beside whether the class/id names a recipe's ingredients ("recipe-ingredients", "ingredientBlock",
// "wprm-recipe-ingredient"; templates set them in a box of their own beside the method, a part of the article
// without prose), from one reading of the class words (the costly part: lower-cased, BEM modifiers cut).
struct ElementHints {
  Hint hint;
  bool ingredients;
};
ElementHints element_hints(const Page& page, NodeId id);
inline bool is_heading(std::string_view tag) {
  return tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6';
}

// A class/id naming the article's lead: "lead", "intro", "standfirst", "teaser", "excerpt", "abstract", "chapo"...
bool is_lead_hint(const Page& page, NodeId id);

// hidden attribute (but for React's streamed <div hidden id="S:0"> segments, which script reveals),
// aria-hidden="true", or an inline style with display:none / visibility:hidden.
bool is_hidden(const Page& page, NodeId id);
// Tags whose subtree never holds article prose (scripts, media, forms controls, nav, aside, footer...).
bool is_skipped_tag(std::string_view tag);
// Inline (phrasing) tags: their text joins the enclosing block instead of starting a new one.
bool is_inline_tag(std::string_view tag);
// Standalone text typical of page furniture: "Advertisement", "Share this article", "Read more"..., and photo
// captions ending with their credit ("... (Image: Agency)", "... © Agency / Name").
bool is_boilerplate_text(std::string_view collapsed_text);

}  // namespace firsthand::dom
