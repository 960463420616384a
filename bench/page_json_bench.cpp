// The browser's wasm call, natively, on one page: the page is parsed by gumbo into the page model and written
// out as the extension sends it, serialised as outerHTML gives it (tests/page_markup.cpp) with its rendered
// text; then the steps of fh_analyze are timed separately: page_from_serialized_dom, extract(), fingerprint()
// and judge() (against no known articles: the page alone). Beside them, the page model's JSON form read back
// (page_from_json_text) and gumbo's parse of the same HTML (what the CLI does) are the peers. Medians over the
// timed passes.
//
//   page_json_bench PAGE.html [--repeat N] [--write-json OUT] [--write-dom OUT]
//   (--write-json keeps the page JSON, --write-dom the serialised DOM and, in OUT.txt, its rendered text, so
//   bench/wasm_page_bench.mjs can time the wasm build on the same inputs)
// On a VM where page faults are dear, glibc's mmap'd large blocks (fresh pages for every page model) can
// dominate the parse figures; GLIBC_TUNABLES=glibc.malloc.mmap_threshold=1073741824:glibc.malloc.trim_threshold=1073741824
// keeps the heap's pages and shows the parsers' own cost.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "firsthand/extract.h"
#include "firsthand/fingerprint.h"
#include "firsthand/page/page_json.h"
#include "firsthand/page/serialized_dom.h"
#include "firsthand/verdict.h"
#include "html_producer.h"
#include "page_markup.h"

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values.empty() ? 0 : values[values.size() / 2];
}

struct StepTimes {
  std::vector<double> gumbo, parse, dom_parse, extract, fingerprint, verdict;
};

void print_step(const char* name, const std::vector<double>& ms, std::size_t bytes, const char* unit) {
  const double m = median(ms);
  std::printf("  %-12s %8.2f ms  %8.1f MB/s of %s\n", name, m, static_cast<double>(bytes) / 1e3 / m, unit);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: page_json_bench PAGE.html [--repeat N] [--write-json OUT] [--write-dom OUT]\n");
    return 2;
  }
  int repeat = 20;
  const char* json_out = nullptr;
  const char* dom_out = nullptr;
  for (int i = 2; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--repeat") repeat = std::max(1, std::atoi(argv[i + 1]));
    if (flag == "--write-json") json_out = argv[i + 1];
    if (flag == "--write-dom") dom_out = argv[i + 1];
  }
  std::ifstream in(argv[1], std::ios::binary);
  const std::string html((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto html_page = firsthand::page_from_html(html);
  if (!html_page) {
    std::fprintf(stderr, "page_json_bench: %s\n", html_page.error().c_str());
    return 1;
  }
  firsthand::Page source_page = std::move(html_page.value());
  source_page.source = firsthand::PageSource::Dom;  // as the content script sends it
  const std::string json_text = firsthand::page_to_json(source_page).dump();
  if (json_out) std::ofstream(json_out, std::ios::binary) << json_text;
  const std::string dom_html = firsthand::test::serialize_page(source_page);
  const std::string dom_text = firsthand::test::rendered_text(source_page);
  if (dom_out) {
    std::ofstream(dom_out, std::ios::binary) << dom_html;
    std::ofstream(std::string(dom_out) + ".txt", std::ios::binary) << dom_text;
  }

  StepTimes times;
  std::size_t paragraphs = 0;
  for (int pass = 0; pass <= repeat; ++pass) {  // pass 0 warms up caches, the allocator and RE2
    auto t = Clock::now();
    paragraphs += firsthand::page_from_html(html).value().nodes.size() > 0;
    const double gumbo_ms = ms_since(t);

    t = Clock::now();
    auto page = firsthand::page_from_json_text(json_text);
    const double parse_ms = ms_since(t);
    if (!page) {
      std::fprintf(stderr, "page_json_bench: %s\n", page.error().c_str());
      return 1;
    }
    t = Clock::now();
    const auto dom_page = firsthand::page_from_serialized_dom(dom_html, dom_text, source_page.url);
    const double dom_parse_ms = ms_since(t);
    if (!dom_page || dom_page->nodes.size() != page->nodes.size()) {
      std::fprintf(stderr, "page_json_bench: the serialised DOM does not give the page JSON's page\n");
      return 1;
    }
    t = Clock::now();
    const firsthand::Article article = firsthand::extract(page.value());
    const double extract_ms = ms_since(t);
    t = Clock::now();
    const firsthand::Fingerprint fp = firsthand::fingerprint(article);
    const double fingerprint_ms = ms_since(t);
    t = Clock::now();
    const firsthand::Verdict verdict = firsthand::judge(article, {});
    const double verdict_ms = ms_since(t);
    paragraphs += article.paragraphs.size() + fp.sentence_count + verdict.reasons.size();
    if (pass == 0) continue;
    times.gumbo.push_back(gumbo_ms);
    times.parse.push_back(parse_ms);
    times.dom_parse.push_back(dom_parse_ms);
    times.extract.push_back(extract_ms);
    times.fingerprint.push_back(fingerprint_ms);
    times.verdict.push_back(verdict_ms);
  }

  std::printf("native, %s: %zu bytes of HTML, %zu bytes of page JSON, %zu nodes, median of %d passes [%zu]\n",
              argv[1], html.size(), json_text.size(), source_page.nodes.size(), repeat, paragraphs);
  print_step("json parse", times.parse, json_text.size(), "page JSON");
  std::printf("  (the browser's other input: %zu bytes of serialised DOM and %zu of rendered text)\n",
              dom_html.size(), dom_text.size());
  print_step("dom parse", times.dom_parse, dom_html.size(), "serialised DOM");
  print_step("extract", times.extract, html.size(), "HTML");
  print_step("fingerprint", times.fingerprint, html.size(), "HTML");
  print_step("verdict", times.verdict, html.size(), "HTML");
  std::vector<double> total;
  for (std::size_t i = 0; i < times.parse.size(); ++i)
    total.push_back(times.parse[i] + times.extract[i] + times.fingerprint[i] + times.verdict[i]);
  print_step("total", total, html.size(), "HTML");
  print_step("peer: gumbo", times.gumbo, html.size(), "HTML");
  return 0;
}
