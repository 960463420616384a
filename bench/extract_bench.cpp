// Native extraction benchmark over a folder of HTML pages (the 181 AEB pages): throughput in MB/s of HTML and
// median/p90 ms per page for parsing (gumbo -> page model), body extraction, and the whole extract().
// Files are read into memory first so disk time is not counted; a warm-up pass runs before timing.
//
//   extract_bench DIR [--repeat N]     prints a table; bench/aeb/compare_speed.sh puts it beside Readability.js
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "firsthand/extract.h"
#include "html_producer.h"

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
  return values[std::min(index, values.size() - 1)];
}

std::vector<std::string> read_pages(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.path().extension() == ".html") paths.push_back(entry.path());
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> pages;
  for (const auto& path : paths) {
    std::ifstream in(path, std::ios::binary);
    pages.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  return pages;
}

struct Timings {
  std::vector<double> parse_ms, body_ms, extract_ms, total_ms;
};

// One timed pass: parse, then body extraction alone, then extract() (metadata + body + credits).
void run_pass(const std::vector<std::string>& pages, Timings* timings, std::size_t& paragraphs) {
  for (const std::string& html : pages) {
    const auto t0 = Clock::now();
    auto page = firsthand::page_from_html(html);
    const double parse = ms_since(t0);
    if (!page) continue;
    const auto t1 = Clock::now();
    paragraphs += firsthand::extract_dom_body(page.value()).size();
    const double body = ms_since(t1);
    const auto t2 = Clock::now();
    paragraphs += firsthand::extract(page.value()).paragraphs.size();
    const double whole = ms_since(t2);
    if (!timings) continue;
    timings->parse_ms.push_back(parse);
    timings->body_ms.push_back(body);
    timings->extract_ms.push_back(whole);
    timings->total_ms.push_back(parse + whole);
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: extract_bench DIR [--repeat N]\n");
    return 2;
  }
  int repeat = 3;
  if (argc >= 4 && std::string(argv[2]) == "--repeat") repeat = std::max(1, std::atoi(argv[3]));
  const std::vector<std::string> pages = read_pages(argv[1]);
  if (pages.empty()) {
    std::fprintf(stderr, "extract_bench: no .html pages in %s\n", argv[1]);
    return 1;
  }
  std::size_t bytes = 0;
  for (const auto& p : pages) bytes += p.size();

  std::size_t paragraphs = 0;
  run_pass(pages, nullptr, paragraphs);  // warm-up: caches, allocator, RE2 compilation
  Timings timings;
  for (int r = 0; r < repeat; ++r) run_pass(pages, &timings, paragraphs);

  double total_ms = 0;
  for (double t : timings.total_ms) total_ms += t;
  const double mb = static_cast<double>(bytes) * repeat / 1e6;
  std::printf("firsthand native (gumbo + core) on %zu pages, %.1f MB of HTML, %d timed passes\n", pages.size(),
              static_cast<double>(bytes) / 1e6, repeat);
  std::printf("  ms/page  median: parse %.2f  body %.2f  extract() %.2f  parse+extract %.2f\n",
              percentile(timings.parse_ms, 0.5), percentile(timings.body_ms, 0.5),
              percentile(timings.extract_ms, 0.5), percentile(timings.total_ms, 0.5));
  std::printf("  ms/page  p90   : parse %.2f  body %.2f  extract() %.2f  parse+extract %.2f\n",
              percentile(timings.parse_ms, 0.9), percentile(timings.body_ms, 0.9),
              percentile(timings.extract_ms, 0.9), percentile(timings.total_ms, 0.9));
  std::printf("  throughput: %.1f MB/s of HTML (parse + extract())   [%zu paragraphs]\n", mb / (total_ms / 1e3),
              paragraphs);
  return 0;
}
