// The hostile-page set under set limits: each case runs in a child process of its own with a memory ceiling
// (RLIMIT_AS) and a CPU-time ceiling (RLIMIT_CPU, so a busy shared machine does not fail a case; an alarm
// at four times that catches a child blocked without using CPU), goes through the CLI's path (input sniffing,
// producer, extraction), and the table shows per case the outcome, the wall and CPU time of the core, and the
// peak resident memory of the child with and without the input itself. Exits non-zero when a case breaks a limit or gives a wrong outcome.
// With FIRSTHAND_BENCH_JSON set, rows for bench/report.sh go there: the count of cases within their limits and
// the costs of the inputs of 5 MB and more.
// Usage: hostile_limits [CASE-SUBSTRING]
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

#include "../tests/hostile_pages.h"
#include "bench_json.h"
#include "firsthand/extract.h"
#include "page_input.h"
#include "firsthand/page/limits.h"
#include "firsthand/page/page_json.h"

using namespace firsthand;

namespace {

constexpr unsigned kCpuLimitSeconds = 30;
constexpr std::size_t kMemoryLimitBytes = 2048u << 20;

enum class Path { Page, PageJson };

struct Case {
  const char* name;
  Path path;
  std::function<std::string()> input;
  const char* expected;  // "article", or the start of the expected error
};

std::string fixture(const char* name) {
  std::string path = std::string(FIRSTHAND_FIXTURES_DIR) + "/hostile/" + name;
  std::string bytes;
  if (FILE* f = std::fopen(path.c_str(), "rb")) {
    char buffer[1 << 16];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, f)) > 0;) bytes.append(buffer, n);
    std::fclose(f);
  }
  return bytes;
}

// What `firsthand extract` does with the bytes, as a one-line outcome.
std::string outcome(Path path, const std::string& bytes) {
  Page page;
  if (path == Path::PageJson) {
    auto parsed = page_from_json_text(bytes);
    if (!parsed) return "error: " + parsed.error();
    page = std::move(parsed).value();
  } else {
    auto loaded = cli::page_from_bytes(bytes, "page");
    if (!loaded) return "error: " + loaded.error();
    page = std::move(loaded).value();
  }
  const Article article = extract(page);
  const std::string text = article.text();
  const bool found = text.find(hostile::first_sentence_marker()) != std::string::npos &&
                     text.find(hostile::last_sentence_marker()) != std::string::npos;
  return std::string(found ? "article" : "no article") + " (" + std::to_string(article.paragraphs.size()) +
         " paragraphs" + (article.truncated ? ", truncated" : "") + ")";
}

double cpu_seconds(const rusage& usage) {
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct Report {
  char outcome[160];
  double seconds;
  double cpu_seconds;
  long input_rss_kb;  // peak resident memory once the input was built, before the core ran
  std::size_t input_bytes;
};

// Runs one case in a child; false when the child died, ran out of time or memory, or gave the wrong outcome.
std::string limits_text() {
  return bench::format("limits %u s CPU, %zu MB address space", kCpuLimitSeconds, kMemoryLimitBytes >> 20);
}

bool run_case(const Case& c, bench::FigureRows& rows) {
  int fds[2];
  if (pipe(fds) != 0) return false;
  const pid_t child = fork();
  if (child == 0) {
    close(fds[0]);
    const rlimit memory{kMemoryLimitBytes, kMemoryLimitBytes};
    setrlimit(RLIMIT_AS, &memory);
    const rlimit cpu{kCpuLimitSeconds, kCpuLimitSeconds};
    setrlimit(RLIMIT_CPU, &cpu);
    alarm(4 * kCpuLimitSeconds);
    Report report{};
    const std::string bytes = c.input();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    report.input_rss_kb = usage.ru_maxrss;
    report.input_bytes = bytes.size();
    const auto start = std::chrono::steady_clock::now();
    const std::string result = outcome(c.path, bytes);
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    rusage after{};
    getrusage(RUSAGE_SELF, &after);
    report.cpu_seconds = cpu_seconds(after) - cpu_seconds(usage);
    std::snprintf(report.outcome, sizeof report.outcome, "%s", result.c_str());
    (void)!write(fds[1], &report, sizeof report);
    _exit(0);
  }
  close(fds[1]);
  Report report{};
  const bool reported = read(fds[0], &report, sizeof report) == static_cast<ssize_t>(sizeof report);
  close(fds[0]);
  int status = 0;
  rusage usage{};
  wait4(child, &status, 0, &usage);
  const double peak_mb = usage.ru_maxrss / 1024.0;
  const double core_mb = (usage.ru_maxrss - report.input_rss_kb) / 1024.0;

  std::string verdict;
  if (WIFSIGNALED(status))
    verdict = WTERMSIG(status) == SIGXCPU || WTERMSIG(status) == SIGALRM
                  ? "OVER TIME LIMIT"
                  : std::string("DIED: ") + strsignal(WTERMSIG(status));
  else if (!reported)
    verdict = "NO RESULT (out of memory?)";
  else if (std::strncmp(report.outcome, c.expected, std::strlen(c.expected)) != 0)
    verdict = std::string("WRONG, expected ") + c.expected;
  else
    verdict = "ok";
  std::printf("%-34s %9.1f MB  %8.3f s  %8.3f s  %8.1f MB  %8.1f MB  %-4s %s\n", c.name,
              report.input_bytes / 1048576.0, report.seconds, report.cpu_seconds, peak_mb, core_mb, verdict == "ok" ? "ok" : "FAIL",
              reported ? report.outcome : "");
  if (verdict != "ok") std::printf("%-34s %s\n", "", verdict.c_str());
  if (report.input_bytes >= (5u << 20))
    rows.add(bench::format("hostile page: %s (%.1f MB)", c.name, report.input_bytes / 1048576.0),
             bench::format("%s; %.2f s CPU, %.0f MB peak RSS (%.0f MB core)", verdict == "ok" ? report.outcome : verdict.c_str(),
                           report.cpu_seconds, peak_mb, core_mb),
             limits_text());
  return verdict == "ok";
}

std::vector<Case> cases() {
  using namespace hostile;
  return {
      {"empty page", Path::Page, [] { return fixture("empty.html"); }, "error: page: empty input"},
      {"blank page", Path::Page, [] { return fixture("whitespace.txt"); }, "error: page: empty input"},
      {"binary junk (64 KB)", Path::Page, [] { return binary_junk(); }, "error: page: binary data"},
      {"UTF-16LE without BOM", Path::Page, [] { return fixture("utf16le_no_bom.html"); }, "article"},
      {"invalid UTF-8", Path::Page, [] { return fixture("invalid_utf8.html"); }, "article"},
      {"NUL bytes", Path::Page, [] { return fixture("nul_bytes.html"); }, "article"},
      {"RTL overrides, zero-width chars", Path::Page, [] { return fixture("rtl_zero_width.html"); }, "article"},
      {"markup/script in title, byline", Path::Page, [] { return fixture("markup_in_metadata.html"); }, "article"},
      {"50 MB page", Path::Page, [] { return huge_page(); }, "article"},
      {"page past the 64 MB limit", Path::Page, [] { return huge_page(limits::kMaxInputBytes + 1); },
       "error: page: HTML larger than 64 MB"},
      {"100,000 nested <div>", Path::Page, [] { return deep_html(100'000); }, "article"},
      {"100,000 unclosed <b>", Path::Page, [] { return deep_html(100'000, "b", false); }, "article"},
      {"1,000,000 nested <div> (6 MB)", Path::Page, [] { return deep_html(1'000'000); }, "article"},
      {"100,000-deep page JSON", Path::PageJson, [] { return deep_page_json(100'000); }, "article"},
      {"100,000-deep JSON array as page", Path::PageJson,
       [] { return std::string(100'000, '[') + std::string(100'000, ']'); }, "error: page JSON: nested deeper"},
      {"a million tiny elements", Path::Page, [] { return million_elements_html(); }, "article"},
      {"a figure of 100,000 images", Path::Page, [] { return image_gallery_html(); }, "article"},
      {"2 MB word", Path::Page, [] { return long_word_html(); }, "article"},
      {"100 KB class attributes a-a-a-", Path::Page, [] { return regex_bait_html(); }, "article"},
      {"100,000-deep JSON-LD", Path::Page, [] { return deep_json_ld_html(); }, "article"},
  };
}

}  // namespace

int main(int argc, char** argv) {
  const char* filter = argc > 1 ? argv[1] : "";
  std::printf("hostile pages, each in its own process; limits: %u s CPU time, %zu MB address space\n",
              kCpuLimitSeconds, kMemoryLimitBytes >> 20);
  std::printf("core limits (limits.h): input %zu MB, %zu nodes, depth %zu, attribute %zu B, text node %zu KB\n\n",
              limits::kMaxInputBytes >> 20, limits::kMaxNodes, limits::kMaxDepth, limits::kMaxAttributeBytes,
              limits::kMaxTextNodeBytes >> 10);
  std::printf("%-34s %12s  %10s  %10s  %11s  %11s  %s\n", "case", "input", "wall", "CPU", "peak RSS", "core RSS",
              "result");
  bench::FigureRows rows;
  int run = 0, passed = 0;
  for (const Case& c : cases())
    if (std::strstr(c.name, filter)) ++run, passed += run_case(c, rows);
  std::printf("\npeak RSS: the whole child, input included; core RSS: growth past the built input.\n");
  rows.add("hostile pages, each in a child process: right outcome within the limits",
           bench::format("%d of %d cases", passed, run), limits_text());
  return passed == run && rows.write() ? 0 : 1;
}
