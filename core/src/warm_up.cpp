// firsthand::warm_up (warm_up.h).
#include "firsthand/warm_up.h"

#include <string_view>
#include <utility>
#include <vector>

#include "firsthand/extract.h"
#include "firsthand/fingerprint.h"
#include "firsthand/serialized_dom.h"
#include "firsthand/spin.h"
#include "firsthand/verdict.h"
#include "tortured_phrases.h"
#include "warm_up_hooks.h"

namespace firsthand {
namespace {

// A small news page as the extension sends it (its serialised DOM and rendered text): metadata, JSON-LD, a
// byline with a date, a caption, a signature, a tortured phrase, navigation, related links and a footer the
// stylesheet hides (absent from the rendered text).
constexpr std::string_view kUrl = "https://news.example/2022/01/12/ferry-budget";
constexpr std::string_view kHtml =
    R"html(<html lang="en"><head><title>Harbor council approves the ferry budget | Harbor Gazette</title>)html"
    R"html(<meta property="og:site_name" content="Harbor Gazette">)html"
    R"html(<meta property="article:published_time" content="2022-01-12T08:00:00Z">)html"
    R"html(<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbor council approves the ferry budget","author":{"name":"Jane Doe"},"datePublished":"2022-01-12"}</script>)html"
    R"html(</head><body><nav class="menu" role="navigation"><a href="/news">Home &gt; News &gt; Harbor</a></nav>)html"
    R"html(<article class="story-body"><h1>Harbor council approves the ferry budget</h1>)html"
    R"html(<p class="byline">By Jane Doe and John Roe Published January 12, 2022</p>)html"
    R"html(<p>The harbor council voted on Tuesday to approve next year's ferry budget, after a long debate about fares, the timetable and the state of the old pier.</p>)html"
    R"html(<p>Councillors said the neural organization of the timetable would change in the spring, and that the new boats would run every half hour from the first of March.</p>)html"
    R"html(<figure><figcaption>The old pier at dawn. (Photo by Sam Lee)</figcaption></figure>)html"
    R"html(<p>Updated 12.01.2022. Source: Harbor Gazette. (With files from Reuters)</p><p>— Jane Doe</p></article>)html"
    R"html(<aside class="related sidebar">Related stories</aside>)html"
    R"html(<footer class="legal">© 2022 Harbor Gazette. All rights reserved.</footer></body></html>)html";
constexpr std::string_view kVisibleText =
    "Home > News > Harbor\nHarbor council approves the ferry budget\n\n"
    "By Jane Doe and John Roe Published January 12, 2022\n\n"
    "The harbor council voted on Tuesday to approve next year's ferry budget, after a long debate about fares, the "
    "timetable and the state of the old pier.\n\n"
    "Councillors said the neural organization of the timetable would change in the spring, and that the new boats "
    "would run every half hour from the first of March.\n\n"
    "The old pier at dawn. (Photo by Sam Lee)\n\n"
    "Updated 12.01.2022. Source: Harbor Gazette. (With files from Reuters)\n\n— Jane Doe\nRelated stories";

bool warm_up_once() {
  text::warm_up_patterns();
  dom::warm_up_patterns();
  meta::warm_up_credit_patterns();
  meta::warm_up_html_patterns();
  meta::warm_up_text_patterns();
  detail::warm_up_date_patterns();
  tortured_phrase_count();               // the tortured-phrase trie
  detail::tortured_correct_phrase(0);    // the word list corrections are spelled from (any offset does)
  if (auto page = page_from_serialized_dom(kHtml, kVisibleText, kUrl)) {
    Article article = extract(page.value());
    std::vector<KnownArticle> known;
    known.push_back(make_known_article("warm-up", article));  // fingerprints it
    to_json(article);
    to_json(judge(article, known));  // compares the page with itself
  }
  return true;
}

}  // namespace

void warm_up() {
  static const bool done = warm_up_once();
  (void)done;
}

}  // namespace firsthand
