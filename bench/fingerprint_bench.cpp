// Fingerprinting throughput (MB/s of text, per core) and cost per comparison, each beside peers measured
// in the same run. Fingerprinting peers: a tokenise-only pass (the floor: fingerprinting folds and
// tokenises first, then hashes) and a naive word-set build (std::set of whitespace-split words, what exact
// Jaccard needs). Inputs: the fixture pairs, the five seed pages when ../shared is present, synthetic
// articles and one large synthetic text, so the figure is not an artefact of small inputs.
// Throughput is one thread's CPU time (best of several repetitions), so other work on a shared machine
// does not count against it.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <functional>
#include <set>
#include <sstream>

#include "../tests/pair_fixtures.h"
#include "bench_json.h"
#include "firsthand/compare.h"
#include "gen_synthetic.h"

using namespace firsthand;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kRepetitions = 5;
constexpr double kTargetMbPerSecond = 100;

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

double thread_cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

struct Corpus {
  std::string name;
  std::vector<Article> articles;
  std::size_t bytes = 0;
  int rounds = 1;  // passes per repetition, so small corpora are timed over enough text
};

Corpus make_corpus(std::string name, std::vector<Article> articles) {
  Corpus c{std::move(name), std::move(articles)};
  for (const auto& a : c.articles) c.bytes += a.body_bytes();
  c.rounds = static_cast<int>(std::max<std::size_t>(1, (4u << 20) / std::max<std::size_t>(c.bytes, 1)));
  return c;
}

std::set<std::string> word_set(const Article& a) {
  std::set<std::string> words;
  std::istringstream in(a.text());
  for (std::string w; in >> w;) words.insert(w);
  return words;
}

double exact_jaccard(const std::set<std::string>& x, const std::set<std::string>& y) {
  std::size_t both = 0;
  for (const auto& w : x) both += y.count(w);
  return static_cast<double>(both) / static_cast<double>(x.size() + y.size() - both);
}

// MB/s of one pass of `work` over every article, best of kRepetitions.
double throughput(const Corpus& c, const std::function<std::size_t(const Article&)>& work, std::size_t& sink) {
  double best = 0;
  for (int rep = 0; rep < kRepetitions; ++rep) {
    const double start = thread_cpu_seconds();
    for (int r = 0; r < c.rounds; ++r)
      for (const auto& a : c.articles) sink += work(a);
    best = std::max(best, static_cast<double>(c.bytes) * c.rounds / (thread_cpu_seconds() - start) / 1e6);
  }
  return best;
}

std::vector<Article> seed_articles() {
  std::vector<Article> out;
  const auto shared = test::shared_dir();
  if (!shared) return out;
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(*shared / "seeds"))
    if (e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) out.push_back(test::article_from_paragraph_text(test::read_file(f), {}));
  return out;
}

std::vector<Article> synthetic_articles(std::size_t count) {
  bench::SyntheticArticles gen(42);
  std::vector<Article> out;
  for (std::size_t i = 0; i < count; ++i) out.push_back(gen.article(i));
  return out;
}

Article one_large_text(std::size_t min_bytes) {
  bench::SyntheticArticles gen(7);
  Article big;
  for (std::size_t i = 0; big.body_bytes() < min_bytes; ++i)
    for (auto& p : gen.article(i).paragraphs) big.paragraphs.push_back(std::move(p));
  return big;
}

}  // namespace

int main() {
  std::vector<Article> fixture_articles;
  for (const auto& f : test::load_pair_fixtures()) fixture_articles.push_back(f.a), fixture_articles.push_back(f.b);
  std::vector<Corpus> corpora;
  corpora.push_back(make_corpus("fixture pairs", fixture_articles));
  if (auto seeds = seed_articles(); !seeds.empty())
    corpora.push_back(make_corpus("seed pages (whole page text)", std::move(seeds)));
  else
    std::printf("seed pages: skipped, ../shared is absent\n");
  corpora.push_back(make_corpus("synthetic articles", synthetic_articles(2000)));
  corpora.push_back(make_corpus("one large synthetic text", {one_large_text(16u << 20)}));

  std::size_t sink = 0;
  bench::FigureRows rows;
  std::printf("fingerprinting throughput, MB/s of text per core (one thread, CPU time, best of %d; target >= %.0f)\n",
              kRepetitions, kTargetMbPerSecond);
  std::printf("  %-30s %8s %9s %11s %14s %14s\n", "input", "texts", "MB", "fingerprint", "peer: tokenise",
              "peer: word set");
  for (const Corpus& c : corpora) {
    const double fp = throughput(c, [](const Article& a) { return fingerprint(a).word_count; }, sink);
    const double tok = throughput(c, [](const Article& a) { return tokenize(a.paragraphs).tokens.size(); }, sink);
    const double set = throughput(c, [](const Article& a) { return word_set(a).size(); }, sink);
    std::printf("  %-30s %8zu %9.2f %11.1f %14.1f %14.1f\n", c.name.c_str(), c.articles.size(), c.bytes / 1e6, fp,
                tok, set);
    rows.add(bench::format("fingerprinting, %s (%.1f MB), per core", c.name.c_str(), c.bytes / 1e6),
             bench::format("%.0f MB/s", fp), bench::format("tokenising alone %.0f MB/s, a word set %.0f MB/s", tok, set));
  }

  std::vector<Fingerprint> fps;
  std::vector<std::set<std::string>> sets;
  for (const auto& a : fixture_articles) fps.push_back(fingerprint(a)), sets.push_back(word_set(a));

  double score_sink = 0;
  std::size_t pairs = 0;
  auto t = Clock::now();
  for (int r = 0; r < 20; ++r)
    for (std::size_t i = 0; i < fps.size(); ++i)
      for (std::size_t j = 0; j < fps.size(); ++j) score_sink += sketch_resemblance(fps[i], fps[j]), ++pairs;
  const double sketch_ns = seconds_since(t) * 1e9 / pairs;
  std::printf("sketch comparison: %.1f ns per pair (target < 50,000)\n", sketch_ns);

  pairs = 0;
  t = Clock::now();
  for (std::size_t i = 0; i < fps.size(); ++i)
    for (std::size_t j = 0; j < fps.size(); ++j) score_sink += score_pair(fps[i], fps[j]).aligned_a_in_b, ++pairs;
  const double scoring_ns = seconds_since(t) * 1e9 / pairs;
  std::printf("full fingerprint scoring (sketch + sentences + quotes): %.1f ns per pair\n", scoring_ns);

  pairs = 0;
  t = Clock::now();
  for (std::size_t i = 0; i < sets.size(); ++i)
    for (std::size_t j = 0; j < sets.size(); ++j) score_sink += exact_jaccard(sets[i], sets[j]), ++pairs;
  const double jaccard_ns = seconds_since(t) * 1e9 / pairs;
  std::printf("peer, exact Jaccard over word sets: %.1f ns per pair\n", jaccard_ns);
  const std::string peer = bench::format("exact Jaccard over word sets %.0f ns", jaccard_ns);
  rows.add("sketch comparison, a pair", bench::format("%.0f ns", sketch_ns), peer);
  rows.add("full stored-fingerprint scoring, a pair", bench::format("%.0f ns", scoring_ns), peer);
  if (!rows.write()) return 1;
  return (score_sink < 0) + (sink == 0);  // keeps the work observable
}
