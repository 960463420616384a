// firsthand::warm_up (warm_up.h).
#include "firsthand/warm_up.h"

#include <string_view>
#include <utility>
#include <vector>

#include "firsthand/extract.h"
#include "firsthand/fingerprint.h"
#include "firsthand/page_json.h"
#include "firsthand/spin.h"
#include "firsthand/verdict.h"
#include "tortured_phrases.h"
#include "warm_up_hooks.h"

namespace firsthand {
namespace {

// A small news page in page JSON (as the extension sends it): metadata, JSON-LD, a byline with a date, a
// caption, a signature, a tortured phrase, navigation, related links and a hidden footer.
constexpr std::string_view kPage = R"json({"version":1,"source":"dom","url":"https://news.example/2022/01/12/ferry-budget","nodes":[
[0,"html",{"lang":"en"}],[1,"head",{}],[2,"title",{}],[3,"Harbor council approves the ferry budget | Harbor Gazette"],
[2,"meta",{"property":"og:site_name","content":"Harbor Gazette"}],
[2,"meta",{"property":"article:published_time","content":"2022-01-12T08:00:00Z"}],
[2,"script",{"type":"application/ld+json"}],
[7,"{\"@type\":\"NewsArticle\",\"headline\":\"Harbor council approves the ferry budget\",\"author\":{\"name\":\"Jane Doe\"},\"datePublished\":\"2022-01-12\"}"],
[1,"body",{}],[9,"nav",{"class":"menu","role":"navigation"}],[10,"a",{"href":"/news"}],[11,"Home > News > Harbor"],
[9,"article",{"class":"story-body"}],[13,"h1",{}],[14,"Harbor council approves the ferry budget"],
[13,"p",{"class":"byline"}],[16,"By Jane Doe and John Roe Published January 12, 2022"],
[13,"p",{}],[18,"The harbor council voted on Tuesday to approve next year's ferry budget, after a long debate about fares, the timetable and the state of the old pier."],
[13,"p",{}],[20,"Councillors said the neural organization of the timetable would change in the spring, and that the new boats would run every half hour from the first of March."],
[13,"figure",{}],[22,"figcaption",{}],[23,"The old pier at dawn. (Photo by Sam Lee)"],
[13,"p",{}],[25,"Updated 12.01.2022. Source: Harbor Gazette. (With files from Reuters)"],
[13,"p",{}],[27,"— Jane Doe"],
[9,"aside",{"class":"related sidebar"}],[29,"Related stories"],
[9,"footer",{"style":"display:none"}],[31,"© 2022 Harbor Gazette. All rights reserved."]]})json";

bool warm_up_once() {
  text::warm_up_patterns();
  dom::warm_up_patterns();
  meta::warm_up_credit_patterns();
  meta::warm_up_html_patterns();
  meta::warm_up_text_patterns();
  detail::warm_up_date_patterns();
  tortured_phrase_count();               // the tortured-phrase trie
  detail::tortured_correct_phrase(0);    // the word list corrections are spelled from (any offset does)
  if (auto page = page_from_json_text(kPage)) {
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
