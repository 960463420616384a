// firsthand::detail::make_warm_up_page (warm_up_page.h): expands a few patterns into the serialised DOM and
// its rendered text side by side, so that the two align as the browser's would. Written for size (the wasm
// binary has a budget): patterns interpreted by one small loop rather than code per element.
#include "sample_page.h"

#include <array>
#include <string>

namespace firsthand::detail {
namespace {

// Sized so that the parser and the extraction run long enough on it for the engine to compile them with its
// optimising tier (see warm_up.cpp). Under Node, the first 500 KB page after the warm-up spent 15 ms in the
// extraction with half as many paragraphs and comments (10 ms with these, 7 ms when warm); half as many
// again cost 5 ms more warm-up for no gain.
constexpr int kMenuItems = 30;
constexpr int kParagraphs = 80;
constexpr int kComments = 120;

// Sentences are put together from these parts, so that no two paragraphs are alike (a repeated paragraph
// would make the fingerprint and the comparison cheaper than on a real page).
constexpr std::array<std::string_view, 8> kSubjects = {
    "The harbor council", "The ferry operator", "A spokesperson for the port", "Residents of the old quarter",
    "The finance committee", "Two independent engineers", "The regional transport board", "Local fishermen"};
constexpr std::array<std::string_view, 8> kVerbs = {
    "argued on Tuesday that", "warned in a statement that", "told the Harbor Gazette that", "confirmed that",
    "said at the public hearing that", "wrote in a letter to the mayor that", "estimated that", "denied that"};
constexpr std::array<std::string_view, 8> kClaims = {
    "the timetable would change in the spring", "the new boats would run every half hour",
    "repairs to the pier had been postponed twice", "fares had risen faster than wages since 2019",
    "the budget left nothing for the night service", "the storm had damaged the northern landing",
    "a second quay could open within three years", "the cost of fuel had doubled over the winter"};
constexpr std::array<std::string_view, 8> kTopics = {"pier",   "ferry",   "budget", "timetable",
                                                     "harbor", "council", "fares",  "landing"};

constexpr std::string_view kHead =
    R"(<html lang="en"><head><title>Harbor council approves the ferry budget | Harbor Gazette</title>)"
    R"(<meta property="og:site_name" content="Harbor Gazette">)"
    R"(<meta property="article:published_time" content="2022-01-12T08:00:00Z">)"
    R"(<style>.promo { display: none; }</style>)"
    R"(<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbor council approves the ferry )"
    R"(budget","author":{"name":"Jane Doe"},"datePublished":"2022-01-12"}</script></head>)"
    R"(<body><nav class="menu" role="navigation"><ul>)";
// The patterns (see expand). One menu entry, then the story's top; one paragraph (every few paragraphs come
// a subheading, a quote after an advertisement the stylesheet hides, a list); the story's end; one comment.
constexpr std::string_view kMenuItem = R"(<li><a href="/news/@-#">@ #</a></li>|)";
constexpr std::string_view kStoryTop =
    R"(</ul></nav><div class="layout"><div class="column"><main><article class="story-body">)"
    R"(<h1>Harbor council approves the ferry budget</h1>|<p class="byline">By Jane Doe and John Roe Published )"
    R"(January 12, 2022</p>||)";
constexpr std::string_view kParagraph =
    R"(<p>$$Read more about the <a href="/topics/@">@</a> &amp; the <em>@</em> plans. $</p>||)";
constexpr std::string_view kSubheading = R"(<h2>What the @ vote means</h2>||)";
constexpr std::string_view kQuote =
    R"(<div class="promo">{Advertisement: subscribe to the Harbor Gazette}</div>)"
    R"(<blockquote><p>“$”</p></blockquote>||)";
constexpr std::string_view kList = R"(<ul><li>$</li>|<li>$</li>|<li>$</li>|</ul>|)";
constexpr std::string_view kStoryEnd =
    R"(<figure><figcaption>The old pier at dawn. (Photo by Sam Lee)</figcaption></figure>||)"
    R"(<p>Councillors said the neural organization of the timetable would change.</p>||)"
    R"(<p>Updated 12.01.2022. Source: Harbor Gazette. (With files from Reuters)</p>||<p>— Jane Doe</p></article>|)"
    R"(<section class="comments"><!-- reader comments --><h2>Comments</h2>|)";
constexpr std::string_view kComment =
    R"(<div class="comment"><span class="author">Reader #</span>|<p>$</p>|<ul class="share"><li>)"
    R"(<a href="/share/#">Share</a></li>|<li><a href="/reply/#">Reply</a></li></ul></div>|)"
    R"(<aside class="related"><a href="/related/#">$</a></aside>|)";
constexpr std::string_view kFoot =
    R"(</section></main></div></div><footer class="legal">© 2022 Harbor Gazette. All rights reserved.</footer>)"
    R"(</body></html>)";

// The nth sentence: n's last three octal digits pick its parts, so 512 sentences in a row are all different.
void append_sentence(std::string& out, int n) {
  const int d0 = n % 8, d1 = n / 8 % 8, d2 = n / 64 % 8;
  out.append(kSubjects[d0]).append(" ").append(kVerbs[(d0 + d1) % 8]).append(" ")
      .append(kClaims[(5 * d0 + 3 * d1 + d2) % 8]).append(". ");
}

// Appends pattern `pattern` for item `n` to both strings. Tags (<...>) and {...} go to the markup only, '|'
// is a line break of the rendered text only and "&amp;" renders as '&'; '$' is a generated sentence (a
// different one at each '$' and for each n), '@' a topic (the next one at each '@') and '#' the number n.
void expand(std::string_view pattern, int n, WarmUpPage& page) {
  int sentence = n * 3, topic = n;
  bool markup_only = false;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    std::string piece(1, c);
    if (pattern.substr(i).starts_with("&amp;")) {
      page.html += "&amp;";
      page.visible_text += '&';
      i += 4;
      continue;
    }
    if (c == '$') {
      piece.clear();
      append_sentence(piece, sentence++);
    } else if (c == '@') {
      piece = kTopics[topic++ % 8];
    } else if (c == '#') {
      piece = std::to_string(n);
    } else if (c == '|') {
      page.visible_text += '\n';
      continue;
    } else if (c == '{' || c == '}') {
      markup_only = c == '{';
      continue;
    }
    page.html += piece;
    if (c == '<') markup_only = true;
    if (!markup_only) page.visible_text += piece;
    if (c == '>') markup_only = false;
  }
}

}  // namespace

WarmUpPage make_warm_up_page() {
  WarmUpPage page{"https://news.example/2022/01/12/ferry-budget", std::string(kHead), {}};
  for (int i = 0; i < kMenuItems; ++i) expand(kMenuItem, i, page);
  expand(kStoryTop, 0, page);
  for (int i = 0; i < kParagraphs; ++i) {
    if (i % 20 == 10) expand(kSubheading, i, page);
    if (i % 30 == 15) expand(kQuote, i + kParagraphs, page);
    expand(kParagraph, i, page);
    if (i % 40 == 25) expand(kList, i + 2 * kParagraphs, page);
  }
  expand(kStoryEnd, 0, page);
  for (int i = 0; i < kComments; ++i) expand(kComment, i, page);
  expand(kFoot, 0, page);
  return page;
}

}  // namespace firsthand::detail
