// fh_analyze, fh_warm_up and fh_version: a page in (its serialised DOM and rendered text), the core's analysis
// of the page out (see abi.h).
//
// The answer of fh_analyze:
//   {"ok": true, "is_article": bool, "article": {metadata, paragraphs, ...} (article.h's to_json),
//    "verdict": {...} (verdict.h's to_json: kind, summary, likely_original, reasons, hints, related with
//               their comparisons and aligned passages), "history_added": bool,
//    "timing_ms": {"parse": ms, "extract": ms, "fingerprint": ms, "verdict": ms, "answer": ms, "total": ms}}
//   (parse: the serialised DOM and its rendered text to page model; verdict: finding and
//   comparing the known articles; answer: building this JSON; total runs from the call to here, leaving out
//   only the answer's serialisation)
#include "abi.h"

#include <chrono>

#include "abi_buffer.h"
#include "firsthand/extract.h"
#include "firsthand/fingerprint.h"
#include "firsthand/page/serialized_dom.h"
#include "firsthand/verdict.h"
#include "firsthand/verdict/article_page.h"
#include "firsthand/warm_up.h"
#include "known_articles.h"

namespace firsthand::abi {
namespace {

constexpr int kAbiVersion = 2;  // 2: fh_analyze takes the serialised DOM and rendered text; fh_warm_up

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// The answer for a page the producer read (or failed to read) from `start` on.
FhBuffer* analysis_answer(Result<Page> page, Clock::time_point start, std::uint32_t flags) {
  if (!page) return error_buffer(page.error());
  const double parse_ms = ms_since(start);

  const auto extract_start = Clock::now();
  Article article = extract(page.value());
  // The page's own address stands for its canonical URL when it names none: history keys articles by URL.
  if (article.meta.canonical_url.empty()) article.meta.canonical_url = page->url;
  const double extract_ms = ms_since(extract_start);

  const ArticlePageCheck article_check = check_article_page(article);
  nlohmann::json answer = {{"ok", true}, {"is_article", article_check.article}};
  if (!article_check.article) answer["not_article_reason"] = article_check.reason;
  const auto fingerprint_start = Clock::now();
  double fingerprint_ms = 0;
  nlohmann::json verdict;
  bool history_added = false;
  if (answer["is_article"]) {
    KnownArticles& known = known_articles();
    const Fingerprint fp = fingerprint(article);
    fingerprint_ms = ms_since(fingerprint_start);
    const Verdict judged = judge(article, known.candidates(article, fp));
    verdict = to_json(judged);
    if (flags & FH_ADD_TO_HISTORY) history_added = known.remember(article, fp, &judged);
  }
  const double verdict_ms = ms_since(fingerprint_start) - fingerprint_ms;

  const auto answer_start = Clock::now();
  answer["article"] = to_json(article);
  answer["verdict"] = std::move(verdict);
  answer["history_added"] = history_added;
  answer["timing_ms"] = {{"parse", parse_ms},         {"extract", extract_ms},
                         {"fingerprint", fingerprint_ms}, {"verdict", verdict_ms},
                         {"answer", ms_since(answer_start)}, {"total", ms_since(start)}};
  return json_buffer(answer);
}

// A (pointer, size) argument as text; a null pointer with a size is the caller's error.
bool as_text(const char* data, std::size_t size, std::string_view& out) {
  if (!data && size) return false;
  out = std::string_view(data ? data : "", size);
  return true;
}

}  // namespace
}  // namespace firsthand::abi

extern "C" {

FhBuffer* fh_analyze(const char* url, std::size_t url_size, const char* html, std::size_t html_size,
                     const char* visible_text, std::size_t text_size, std::uint32_t flags) {
  using namespace firsthand;
  using namespace firsthand::abi;
  std::string_view url_text, html_text, rendered;
  if (!as_text(url, url_size, url_text) || !as_text(html, html_size, html_text) ||
      !as_text(visible_text, text_size, rendered))
    return error_buffer("fh_analyze: no input");
  const auto start = Clock::now();
  return analysis_answer(page_from_serialized_dom(html_text, rendered, url_text), start, flags);
}

FhBuffer* fh_warm_up() {
  firsthand::warm_up();
  return firsthand::abi::json_buffer({{"ok", true}});
}

FhBuffer* fh_version() {
  return firsthand::abi::json_buffer({{"ok", true}, {"abi", firsthand::abi::kAbiVersion}});
}

}  // extern "C"
