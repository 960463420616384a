// Fingerprinting throughput (MB/s of text, per core) and cost per comparison, each beside peers measured
// in the same run. Fingerprinting peers: a tokenise-only pass (the floor: fingerprinting folds and
// tokenises first, then hashes), a naive word-set build (std::set of whitespace-split words, what exact
// Jaccard needs), and the reference every figure is divided by: FNV-1a (64-bit), a well-known hash, over the
// same bytes, one plain scan a core runs at a steady speed whatever the text, so the ratio says how far
// fingerprinting is from reading the text once, even where other work slows the machine. Inputs: the
// extracted text of the AEB pages (real articles; development and validation halves by the session pages'
// hash of the file name, reported apart) when ../shared is present, the fixture pairs, the five seed pages,
// synthetic articles and one large synthetic text, so the figure is not an artefact of small inputs.
// Throughput is one thread's CPU time (best of several repetitions, the works alternating within each), so
// other work on a shared machine counts against it as little as possible; the load average is printed.
// `fingerprint_bench --dump LIST...` instead prints, per page of the session list files, digests of
// everything fingerprinting derives from its text (tokens, sentences, the rich and the compact fingerprint,
// facts, spin signals), so two builds can be shown to fingerprint every real page identically.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>
#include <string_view>
#include <type_traits>

#include "../cli/page_input.h"
#include "../cli/session_pages.h"
#include "../tests/pair_fixtures.h"
#include "bench_json.h"
#include "firsthand/compare.h"
#include "firsthand/fingerprint/spin.h"
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

// The reference: FNV-1a over every byte of the text, as a well-known hash reads it.
std::size_t fnv1a(const Article& a) {
  std::uint64_t h = 1469598103934665603ull;
  for (const auto& p : a.paragraphs)
    for (const char c : p) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return static_cast<std::size_t>(h | 1);
}

using Work = std::function<std::size_t(const Article&)>;

// MB/s of one pass of each work over every article, best of kRepetitions; the works take turns within each
// repetition, so a busy spell on the machine falls on all of them alike.
std::vector<double> throughputs(const Corpus& c, const std::vector<Work>& works, std::size_t& sink) {
  std::vector<double> best(works.size(), 0);
  for (int rep = 0; rep < kRepetitions; ++rep)
    for (std::size_t w = 0; w < works.size(); ++w) {
      const double start = thread_cpu_seconds();
      for (int r = 0; r < c.rounds; ++r)
        for (const auto& a : c.articles) sink += works[w](a);
      best[w] = std::max(best[w], static_cast<double>(c.bytes) * c.rounds / (thread_cpu_seconds() - start) / 1e6);
    }
  return best;
}

std::string load_average() {
  std::ifstream in("/proc/loadavg");
  std::string one, five;
  in >> one >> five;
  if (!in) return "unknown";
  one += " (1 min), ";  // appended piece by piece: one long + chain trips a false -Wrestrict in GCC 12
  one += five;
  one += " (5 min)";
  return one;
}

// The AEB pages' text as the CLI extracts it, split into the development and validation halves.
std::pair<std::vector<Article>, std::vector<Article>> aeb_articles() {
  std::pair<std::vector<Article>, std::vector<Article>> halves;
  const auto shared = test::shared_dir();
  if (!shared || !std::filesystem::is_directory(*shared / "bench/extraction/aeb/html")) return halves;
  auto pages = cli::gather_session_pages({(*shared / "bench/extraction/aeb/html").string()}, {});
  if (!pages) return halves;
  for (const auto& page : pages.value()) {
    auto article = cli::load_article(page.path);
    if (!article || article.value().paragraphs.empty()) continue;
    (page.validation ? halves.second : halves.first).push_back(std::move(article.value()));
  }
  return halves;
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

// FNV-1a over byte pieces, for the dump's digests.
class Digest {
 public:
  void bytes(const void* data, std::size_t size) {
    for (std::size_t i = 0; i < size; ++i) h_ = (h_ ^ static_cast<const unsigned char*>(data)[i]) * 1099511628211ull;
  }
  template <typename T>
  void value(const T& v) {
    static_assert(std::is_integral_v<T> || std::is_enum_v<T>);
    bytes(&v, sizeof v);
  }
  void text(std::string_view s) {
    value(s.size());
    bytes(s.data(), s.size());
  }
  std::uint64_t get() const { return h_; }

 private:
  std::uint64_t h_ = 1469598103934665603ull;
};

std::uint64_t tokens_digest(const TokenizedText& t) {
  Digest d;
  d.text(t.folded);
  for (const Token& k : t.tokens)
    for (auto v : {std::uint64_t{k.begin}, std::uint64_t{k.end}, k.hash, std::uint64_t(k.kind),
                   std::uint64_t{k.capitalized}, std::uint64_t{k.sentence_start}, std::uint64_t{k.stop_word},
                   std::uint64_t{k.in_quote}})
      d.value(v);
  for (const Sentence& s : t.sentences)
    for (auto v : {s.first_token, s.token_count, s.begin, s.end}) d.value(v);
  return d.get();
}

std::uint64_t rich_digest(const Fingerprint& fp) {
  Digest d;
  for (auto v : fp.sketch) d.value(v);
  for (auto v : fp.sentence_sketches) d.value(v);
  for (auto v : fp.quotes.values) d.value(v);
  for (auto v : {fp.sketched_sentences, fp.quotes.set_size, fp.word_count, fp.sentence_count}) d.value(v);
  for (auto v : fp.facts.keys) d.value(v);
  d.value(fp.artefacts_per_100_sentences);
  d.value(fp.language);
  return d.get();
}

std::uint64_t signals_digest(const TokenizedText& t) {
  Digest d;
  for (const FactToken& f : distinct_facts(t)) d.value(f.key), d.value(f.token);
  const ArtefactCounts a = round_trip_artefacts(t);
  for (auto v : {a.capitalised_function_words, a.fragments, a.sentences}) d.value(v);
  for (const PhraseHit& h : find_tortured_phrases(t)) d.text(h.phrase), d.text(h.correct);
  return d.get();
}

int dump(const std::vector<std::string>& lists) {
  auto pages = cli::gather_session_pages({}, lists);
  if (!pages) {
    std::fprintf(stderr, "fingerprint_bench: %s\n", pages.error().c_str());
    return 1;
  }
  for (const auto& page : pages.value()) {
    auto article = cli::load_article(page.path, page.url);
    if (!article) {
      std::printf("%s\tunreadable: %s\n", page.name.c_str(), article.error().c_str());
      continue;
    }
    const TokenizedText text = tokenize(article.value().paragraphs);
    const Fingerprint fp = fingerprint(article.value());
    std::string compact;
    serialize(fp, compact);
    Digest c;
    c.text(compact);
    std::printf("%s\t%016llx %016llx %016llx %016llx\n", page.name.c_str(),
                static_cast<unsigned long long>(tokens_digest(text)), static_cast<unsigned long long>(rich_digest(fp)),
                static_cast<unsigned long long>(c.get()), static_cast<unsigned long long>(signals_digest(text)));
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 1 && std::string_view(argv[1]) == "--dump") return dump({argv + 2, argv + argc});
  std::vector<Article> fixture_articles;
  for (const auto& f : test::load_pair_fixtures()) fixture_articles.push_back(f.a), fixture_articles.push_back(f.b);
  std::vector<Corpus> corpora;
  if (auto [dev, val] = aeb_articles(); !dev.empty()) {
    corpora.push_back(make_corpus("AEB pages' text, dev half", std::move(dev)));
    corpora.push_back(make_corpus("AEB pages' text, val half", std::move(val)));
  } else {
    std::printf("AEB pages: skipped, ../shared/bench/extraction/aeb is absent\n");
  }
  corpora.push_back(make_corpus("fixture pairs", fixture_articles));
  if (auto seeds = seed_articles(); !seeds.empty())
    corpora.push_back(make_corpus("seed pages (whole page text)", std::move(seeds)));
  else
    std::printf("seed pages: skipped, ../shared is absent\n");
  corpora.push_back(make_corpus("synthetic articles", synthetic_articles(2000)));
  corpora.push_back(make_corpus("one large synthetic text", {one_large_text(16u << 20)}));

  const std::vector<Work> works = {[](const Article& a) { return std::size_t{fingerprint(a).word_count}; },
                                   [](const Article& a) { return tokenize(a.paragraphs).tokens.size(); },
                                   [](const Article& a) { return word_set(a).size(); }, fnv1a};
  std::size_t sink = 0;
  bench::FigureRows rows;
  const std::string load_before = load_average();
  std::printf("fingerprinting throughput, MB/s of text per core (one thread, CPU time, best of %d; target >= %.0f)\n",
              kRepetitions, kTargetMbPerSecond);
  std::printf("reference: FNV-1a 64 over the same bytes; ratio = fingerprinting / reference\n");
  std::printf("  %-30s %6s %7s %11s %14s %14s %11s %7s\n", "input", "texts", "MB", "fingerprint", "peer: tokenise",
              "peer: word set", "ref: FNV-1a", "ratio");
  for (const Corpus& c : corpora) {
    const std::vector<double> mb = throughputs(c, works, sink);
    const double fp = mb[0], tok = mb[1], set = mb[2], ref = mb[3];
    std::printf("  %-30s %6zu %7.2f %11.1f %14.1f %14.1f %11.1f %7.3f\n", c.name.c_str(), c.articles.size(),
                c.bytes / 1e6, fp, tok, set, ref, fp / ref);
    rows.add(bench::format("fingerprinting, %s (%.1f MB), per core", c.name.c_str(), c.bytes / 1e6),
             bench::format("%.0f MB/s (%.3f of FNV-1a)", fp, fp / ref),
             bench::format("FNV-1a over the bytes %.0f MB/s; tokenising alone %.0f, a word set %.0f", ref, tok, set));
  }
  std::printf("load average: %s before, %s after\n", load_before.c_str(), load_average().c_str());

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
