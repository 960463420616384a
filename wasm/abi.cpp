// fh_analyze and fh_version: page JSON in, the core's analysis of the page out (see abi.h).
//
// The answer of fh_analyze:
//   {"ok": true, "is_article": bool, "article": {metadata, paragraphs, ...} (article.h's to_json),
//    "verdict": {...} (verdict.h's to_json: kind, summary, likely_original, reasons, hints, related with
//               their comparisons and aligned passages), "search_sentence": "...", "history_added": bool,
//    "timing_ms": {"parse": ms, "extract": ms, "fingerprint": ms, "verdict": ms, "answer": ms, "total": ms}}
//   (parse: page JSON to page model; verdict: finding and comparing the known articles; answer: building
//   this JSON; total runs from the call to here, leaving out only the answer's serialisation)
#include "abi.h"

#include <chrono>

#include "abi_buffer.h"
#include "firsthand/extract.h"
#include "firsthand/fingerprint.h"
#include "firsthand/page_json.h"
#include "firsthand/verdict.h"
#include "known_articles.h"
#include "search_phrase.h"

namespace firsthand::abi {
namespace {

constexpr int kAbiVersion = 1;

// Below this much body text a page is a front page, a list or a stub: no badge, no verdict.
constexpr std::size_t kMinArticleBodyBytes = 500;
constexpr std::size_t kMinArticleParagraphs = 2;

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

bool is_article_page(const Article& article) {
  return article.body_bytes() >= kMinArticleBodyBytes && article.paragraphs.size() >= kMinArticleParagraphs;
}

}  // namespace
}  // namespace firsthand::abi

extern "C" {

FhBuffer* fh_analyze(const char* page_json, std::size_t size, std::uint32_t flags) {
  using namespace firsthand;
  using namespace firsthand::abi;
  if (!page_json && size) return error_buffer("fh_analyze: no input");
  const auto start = Clock::now();
  auto page = page_from_json_text(std::string_view(page_json ? page_json : "", size));
  if (!page) return error_buffer(page.error());
  const double parse_ms = ms_since(start);

  const auto extract_start = Clock::now();
  Article article = extract(page.value());
  // The page's own address stands for its canonical URL when it names none: history keys articles by URL.
  if (article.meta.canonical_url.empty()) article.meta.canonical_url = page->url;
  const double extract_ms = ms_since(extract_start);

  nlohmann::json answer = {{"ok", true}, {"is_article", is_article_page(article)}};
  const auto fingerprint_start = Clock::now();
  double fingerprint_ms = 0;
  nlohmann::json verdict;
  bool history_added = false;
  if (answer["is_article"]) {
    KnownArticles& known = known_articles();
    const Fingerprint fp = fingerprint(article);
    fingerprint_ms = ms_since(fingerprint_start);
    verdict = to_json(judge(article, known.candidates(article, fp)));
    if (flags & FH_ADD_TO_HISTORY) {
      history_added = known.history.add(article.meta, fp).ok();
      known.remember_recent(article);
    }
  }
  const double verdict_ms = ms_since(fingerprint_start) - fingerprint_ms;

  const auto answer_start = Clock::now();
  answer["article"] = to_json(article);
  answer["verdict"] = std::move(verdict);
  answer["search_sentence"] = distinctive_sentence(article.paragraphs);
  answer["history_added"] = history_added;
  answer["timing_ms"] = {{"parse", parse_ms},         {"extract", extract_ms},
                         {"fingerprint", fingerprint_ms}, {"verdict", verdict_ms},
                         {"answer", ms_since(answer_start)}, {"total", ms_since(start)}};
  return json_buffer(answer);
}

FhBuffer* fh_version() {
  return firsthand::abi::json_buffer({{"ok", true}, {"abi", firsthand::abi::kAbiVersion}});
}

}  // extern "C"
