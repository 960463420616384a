// firsthand::warm_up (warm_up.h).
#include "firsthand/warm_up.h"

#include <algorithm>
#include <vector>

#include "firsthand/extract.h"
#include "firsthand/fingerprint.h"
#include "firsthand/page/serialized_dom.h"
#include "firsthand/fingerprint/spin.h"
#include "firsthand/verdict.h"
#include "fingerprint/tortured_phrases.h"
#include "extract/warm_up_hooks.h"
#include "sample_page.h"

namespace firsthand {
namespace {

// Under WebAssembly in V8 a function starts in the baseline compiler (Liftoff) and is recompiled by the
// optimising one (TurboFan) on a background thread once it has run enough; a call that is already running
// stays in the tier it started in. The parser and the extraction are each one long call per page, so on the
// first page after a small warm-up they ran entirely in Liftoff (a 500 KB page: 40-80 ms instead of 15-18).
// Hence a generated page long enough to make them hot, analysed first: their optimised compiles (about
// 100 ms each, in the background) then overlap the rest of the warm-up rather than the reader's first page.
// The comparison is made on the page's opening only: comparing the whole page with itself made judge() hot
// too, and its optimised compile (about 90 ms) then competed with the first page for the CPU, for a step that
// costs about a millisecond when nothing known matches.
bool warm_up_once() {
  const detail::WarmUpPage warm_up_page = detail::make_warm_up_page();
  if (auto page = page_from_serialized_dom(warm_up_page.html, warm_up_page.visible_text, warm_up_page.url)) {
    Article article = extract(page.value());
    fingerprint(article);  // the whole page, as an analysis does
    to_json(article);
    Article opening = std::move(article);
    opening.paragraphs.resize(std::min<std::size_t>(opening.paragraphs.size(), 6));
    std::vector<KnownArticle> known;
    known.push_back(make_known_article("warm-up", opening));
    to_json(judge(opening, known));  // compares the opening with itself
  }
  // What the page did not need: every other pattern and table.
  text::warm_up_patterns();
  dom::warm_up_patterns();
  meta::warm_up_credit_patterns();
  meta::warm_up_html_patterns();
  meta::warm_up_text_patterns();
  detail::warm_up_date_patterns();
  tortured_phrase_count();               // the tortured-phrase trie
  detail::tortured_correct_phrase(0);    // the word list corrections are spelled from (any offset does)
  return true;
}

}  // namespace

void warm_up() {
  static const bool done = warm_up_once();
  (void)done;
}

}  // namespace firsthand
