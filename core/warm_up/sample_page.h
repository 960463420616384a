// The page firsthand::warm_up analyses (warm_up.cpp): a news page as the extension sends it, generated at
// warm-up time so that it is long enough to make the page-analysis code hot. Internal to the core.
#pragma once
#include <string>
#include <string_view>

namespace firsthand::detail {

struct WarmUpPage {
  std::string_view url;
  std::string html;          // the serialised DOM (document.documentElement.outerHTML)
  std::string visible_text;  // its rendered text (document.body.innerText): the hidden parts left out
};

// A story of many paragraphs (subheadings, links, entities, quotes, lists, a caption, a promotion the
// stylesheet hides) under metadata, JSON-LD, a byline and a menu, followed by a reader comment section with
// share links and related headlines. About 80 KB of markup and 50 KB of text, the same every time. All of
// its text is invented.
WarmUpPage make_warm_up_page();

}  // namespace firsthand::detail
