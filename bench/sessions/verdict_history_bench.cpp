// A page verdict against a 10,000-article reading history: the history (firsthand/verdict/reading_history.h,
// as the extension keeps it: stored fingerprints, the most recent articles with their text and whatever else
// the revision remembers of them) holds 10,000 synthetic articles, and each of 400 pages (half of them near
// copies of a history article, half new) is judged against the candidates the history gives. Prints the
// median and p99 time of one verdict (candidate search included). Written against the public API only, so
// the same file builds on an earlier revision of the core: run it on both and the figures sit side by side
// (bench/sessions/README.md; copy ../bench_json.h with it, which needs no core header). Beside it, the floor in
// the same run: fingerprinting the page alone, which every verdict starts with. Each time is taken twice,
// by the wall clock (what a reader waits) and by the thread's CPU clock (the work itself): where the two
// tails part, the tail is the machine's (the thread waiting for a core), not the verdict's.
//
// usage: verdict_history_bench [--articles N] [--pages N]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

#include "../bench_json.h"
#include "../gen_synthetic.h"
#include "firsthand/verdict.h"
#include "firsthand/verdict/reading_history.h"

using namespace firsthand;
using Clock = std::chrono::steady_clock;

namespace {

constexpr double kCopySubstitutions = 0.04;

double thread_cpu_ms() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) * 1e-6;
}

double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t articles = 10000, pages = 400;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--articles")) articles = std::stoul(argv[i + 1]);
    if (!std::strcmp(argv[i], "--pages")) pages = std::stoul(argv[i + 1]);
  }
  bench::SyntheticArticles gen(7);
  ReadingHistory history;
  for (std::size_t i = 0; i < articles; ++i) {
    Article a = gen.article(i);
    // 97 sites; appended piece by piece (one long + chain trips a false -Wrestrict in GCC 12).
    a.meta.canonical_url = "https://site";
    a.meta.canonical_url += std::to_string(i % 97);
    a.meta.canonical_url += ".example/";
    a.meta.canonical_url += std::to_string(i);
    history.remember(a, fingerprint(a));
  }
  std::vector<double> ms, fingerprint_ms, cpu_ms, fingerprint_cpu_ms, cpu_ms_by_kind[2];  // [1]: near copies
  std::size_t copies_found = 0;
  for (std::size_t p = 0; p < pages; ++p) {
    const bool copy = p % 2 == 0;
    Article page = copy ? gen.near_copy(gen.article((p * 7919) % articles), kCopySubstitutions, articles + p)
                        : gen.article(articles + p);
    page.meta.canonical_url = "https://reader.example/" + std::to_string(p);
    const auto start = Clock::now();
    const double cpu_start = thread_cpu_ms();
    const Fingerprint fp = fingerprint(page);
    fingerprint_ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    fingerprint_cpu_ms.push_back(thread_cpu_ms() - cpu_start);
    const Verdict v = judge(page, history.candidates(page, fp));
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    cpu_ms.push_back(thread_cpu_ms() - cpu_start);
    cpu_ms_by_kind[copy].push_back(cpu_ms.back());
    copies_found += copy && v.likely_original && v.likely_original->known;
  }
  std::printf("verdict against a %zu-article history: p50 %.3f ms, p99 %.3f ms over %zu pages; near copies given "
              "a known original: %zu of %zu\n",
              articles, percentile(ms, 0.5), percentile(ms, 0.99), pages, copies_found, (pages + 1) / 2);
  std::printf("fingerprinting the page alone: p50 %.3f ms, p99 %.3f ms\n", percentile(fingerprint_ms, 0.5),
              percentile(fingerprint_ms, 0.99));
  std::printf("the same in the thread's CPU time: verdict p50 %.3f ms, p99 %.3f ms; fingerprint p50 %.3f ms, "
              "p99 %.3f ms\n",
              percentile(cpu_ms, 0.5), percentile(cpu_ms, 0.99), percentile(fingerprint_cpu_ms, 0.5),
              percentile(fingerprint_cpu_ms, 0.99));
  std::printf("  CPU time of the verdict on near copies p50 %.3f ms, p99 %.3f ms; on new pages p50 %.3f ms, p99 %.3f ms\n",
              percentile(cpu_ms_by_kind[1], 0.5), percentile(cpu_ms_by_kind[1], 0.99),
              percentile(cpu_ms_by_kind[0], 0.5), percentile(cpu_ms_by_kind[0], 0.99));
  bench::FigureRows rows;
  rows.add(bench::format("verdict against a %zu-article history, p50 / p99", articles),
           bench::format("%.3f / %.2f ms; %zu of %zu near copies given their original", percentile(ms, 0.5),
                         percentile(ms, 0.99), copies_found, (pages + 1) / 2),
           bench::format("fingerprinting the page alone %.3f / %.2f ms; CPU time of the verdict %.3f / %.2f ms",
                         percentile(fingerprint_ms, 0.5), percentile(fingerprint_ms, 0.99), percentile(cpu_ms, 0.5),
                         percentile(cpu_ms, 0.99)));
  return rows.write() ? 0 : 1;
}
