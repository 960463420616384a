// Known-article index benchmark: synthetic collections of 10k, 100k and 1M articles with planted
// near-duplicates. For each size it prints build rate, pack size, load time, query latency p50/p99, recall of
// the planted near-duplicates and false candidates per query, beside a brute-force linear scan over the same
// sketches (the peer) in the same run.
//
// usage: index_bench [--sizes 10000,100000,1000000] [--copies 1000] [--peer-queries 200]
//        index_bench --jsonl N FILE   (writes N synthetic articles, planted copies included, as JSON Lines for
//                                      timing `firsthand pack build` end to end)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <numeric>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "firsthand/fingerprint.h"
#include "firsthand/index.h"
#include "firsthand/index/pack.h"
#include "bench_json.h"
#include "gen_synthetic.h"

using namespace firsthand;
using Clock = std::chrono::steady_clock;

namespace {

constexpr double kSubstituteShare = 0.04;  // planted copies: 4% of words swapped, last paragraph dropped
constexpr std::size_t kTopK = 10;
constexpr double kMinResemblance = 0.2;

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0.0;
  std::sort(values.begin(), values.end());
  return values[std::min(values.size() - 1, static_cast<std::size_t>(p * static_cast<double>(values.size())))];
}

// The collection: `originals` articles, then `copies` near copies of spread-out originals.
struct Collection {
  std::size_t originals = 0;
  std::size_t copies = 0;
  std::size_t original_of(std::size_t copy) const { return (copy * 7919) % originals; }
};

template <class Visit>
void generate(const Collection& c, Visit visit) {
  bench::SyntheticArticles gen(42);
  for (std::size_t i = 0; i < c.originals; ++i) visit(gen.article(i));
  for (std::size_t j = 0; j < c.copies; ++j)
    visit(gen.near_copy(gen.article(c.original_of(j)), kSubstituteShare, c.originals + j));
}

struct QueryFigures {
  double p50_us = 0, p99_us = 0, recall = 0, false_candidates = 0;
};

struct Row {
  std::size_t articles = 0;
  double fingerprint_rate = 0, build_rate = 0, pack_bytes = 0, fingerprint_bytes = 0, load_ms = 0, memory_mb = 0;
  double copy_resemblance = 0;
  QueryFigures lsh, lsh_unrelated, peer;
};

// Top-k by scanning every sketch: exact, and what the index must beat.
std::vector<Candidate> brute_force(const std::vector<Sketch>& sketches, const Fingerprint& page) {
  std::vector<Candidate> best;
  Fingerprint known;
  for (std::size_t id = 0; id < sketches.size(); ++id) {
    known.sketch = sketches[id];
    const double r = sketch_resemblance(page, known);
    if (r < kMinResemblance) continue;
    best.push_back({static_cast<ArticleId>(id), r});
    if (best.size() > 4 * kTopK) {
      std::partial_sort(best.begin(), best.begin() + kTopK, best.end(),
                        [](const Candidate& a, const Candidate& b) { return a.resemblance > b.resemblance; });
      best.resize(kTopK);
    }
  }
  std::sort(best.begin(), best.end(), [](const Candidate& a, const Candidate& b) { return a.resemblance > b.resemblance; });
  if (best.size() > kTopK) best.resize(kTopK);
  return best;
}

bool contains_id(const std::vector<Candidate>& found, ArticleId id) {
  return std::any_of(found.begin(), found.end(), [&](const Candidate& c) { return c.id == id; });
}

Row run(std::size_t articles, std::size_t copies, std::size_t peer_queries) {
  Row row;
  row.articles = articles;
  const Collection collection{articles - copies, copies};
  std::printf("  %zu articles: generating and fingerprinting...\n", articles);
  std::fflush(stdout);

  ArticleIndex index(IndexOptions{.exhaustive_below = 0});  // measure the LSH path at every size
  std::vector<Fingerprint> copy_fingerprints;
  double fingerprint_seconds = 0, add_seconds = 0, text_bytes = 0;
  generate(collection, [&](const Article& article) {
    text_bytes += static_cast<double>(article.body_bytes());
    auto start = Clock::now();
    Fingerprint fp = fingerprint(article);
    fingerprint_seconds += seconds_since(start);
    start = Clock::now();
    index.add(article.meta, fp);
    add_seconds += seconds_since(start);
    if (index.size() > collection.originals) copy_fingerprints.push_back(std::move(fp));
  });
  auto start = Clock::now();
  const std::string pack = save_pack(index);
  const double save_seconds = seconds_since(start);
  row.fingerprint_rate = static_cast<double>(articles) / fingerprint_seconds;
  row.build_rate = static_cast<double>(articles) / (fingerprint_seconds + add_seconds + save_seconds);
  row.pack_bytes = static_cast<double>(pack.size()) / static_cast<double>(articles);
  const auto info = inspect_pack(pack);
  for (const PackSectionInfo& s : info->sections)
    if (s.kind == static_cast<std::uint32_t>(PackSection::Fingerprints) ||
        s.kind == static_cast<std::uint32_t>(PackSection::FingerprintEnds))
      row.fingerprint_bytes += static_cast<double>(s.size) / static_cast<double>(articles);
  std::printf("  text %.0f MB, fingerprinting %.1f MB/s\n", text_bytes / 1e6, text_bytes / 1e6 / fingerprint_seconds);

  start = Clock::now();
  auto loaded = load_pack(pack);
  row.load_ms = seconds_since(start) * 1e3;
  if (!loaded) {
    std::printf("load failed: %s\n", loaded.error().c_str());
    return row;
  }
  const ArticleIndex& known = loaded.value();
  row.memory_mb = static_cast<double>(known.memory_bytes()) / 1e6;

  // Planted near-duplicates: each copy is in the set; its original must come back among the top k.
  std::vector<double> latencies, false_candidates;
  std::size_t found = 0;
  double resemblance_sum = 0;
  for (std::size_t j = 0; j < copies; ++j) {
    const auto original = static_cast<ArticleId>(collection.original_of(j));
    QueryStats stats;
    start = Clock::now();
    const auto matches = known.query(copy_fingerprints[j], kTopK, kMinResemblance, &stats);
    latencies.push_back(seconds_since(start) * 1e6);
    const bool hit = contains_id(matches, original);
    found += hit;
    false_candidates.push_back(static_cast<double>(stats.candidates) - 1.0 - (hit ? 1.0 : 0.0));
    Fingerprint o;
    o.sketch = known.sketch(original);
    resemblance_sum += sketch_resemblance(copy_fingerprints[j], o);
  }
  row.copy_resemblance = resemblance_sum / static_cast<double>(copies);
  row.lsh = {percentile(latencies, 0.5), percentile(latencies, 0.99), static_cast<double>(found) / copies,
             std::accumulate(false_candidates.begin(), false_candidates.end(), 0.0) / copies};

  // Pages that copy nothing in the set: every candidate is a false one.
  bench::SyntheticArticles fresh(7);
  latencies.clear();
  false_candidates.clear();
  for (std::size_t u = 0; u < copies; ++u) {
    const Fingerprint page = fingerprint(fresh.article(articles + 1'000'000 + u));
    QueryStats stats;
    start = Clock::now();
    known.query(page, kTopK, kMinResemblance, &stats);
    latencies.push_back(seconds_since(start) * 1e6);
    false_candidates.push_back(static_cast<double>(stats.candidates));
  }
  row.lsh_unrelated = {percentile(latencies, 0.5), percentile(latencies, 0.99), 0,
                       std::accumulate(false_candidates.begin(), false_candidates.end(), 0.0) / copies};

  // Peer: brute-force linear scan over the same sketches.
  std::vector<Sketch> sketches(known.id_bound());
  for (ArticleId id = 0; id < known.id_bound(); ++id) sketches[id] = known.sketch(id);
  latencies.clear();
  found = 0;
  const std::size_t peer_count = std::min(peer_queries, copies);
  for (std::size_t j = 0; j < peer_count; ++j) {
    start = Clock::now();
    const auto matches = brute_force(sketches, copy_fingerprints[j]);
    latencies.push_back(seconds_since(start) * 1e6);
    found += contains_id(matches, static_cast<ArticleId>(collection.original_of(j)));
  }
  row.peer = {percentile(latencies, 0.5), percentile(latencies, 0.99), static_cast<double>(found) / peer_count, 0};
  return row;
}

void print_header() {
  std::printf("\n%-9s %10s %10s %9s %9s %9s %9s | %9s %9s %7s %8s | %9s %9s %8s | %9s %9s %7s\n", "articles",
              "fp art/s", "build a/s", "pack B/a", "fp B/a", "load ms", "index MB", "LSH p50us", "p99us", "recall",
              "false/q", "unrel p50", "p99us", "false/q", "scan p50", "p99us", "recall");
}

void print_row(const Row& r) {
  std::printf("%-9zu %10.0f %10.0f %9.1f %9.1f %9.1f %9.1f | %9.1f %9.1f %7.4f %8.2f | %9.1f %9.1f %8.2f | %9.0f %9.0f %7.4f\n",
              r.articles, r.fingerprint_rate, r.build_rate, r.pack_bytes, r.fingerprint_bytes, r.load_ms, r.memory_mb,
              r.lsh.p50_us, r.lsh.p99_us, r.lsh.recall, r.lsh.false_candidates, r.lsh_unrelated.p50_us,
              r.lsh_unrelated.p99_us, r.lsh_unrelated.false_candidates, r.peer.p50_us, r.peer.p99_us, r.peer.recall);
  std::fflush(stdout);
}

void print_notes(const Row& last) {
  std::printf("\nplanted copies: %.0f%% of words substituted, last paragraph dropped, a byline added; mean sketch "
              "resemblance to their original %.2f\n"
              "build = fingerprint + index add + pack save (text generation excluded); fp B/a = fingerprint bytes "
              "per article in the pack (target <= 256); LSH: 16 bands x 2 rows, top-%zu, threshold %.1f; "
              "false/q = candidates verified that were not the planted original (nor the query itself); "
              "scan = brute-force linear scan over the same sketches (peer); times are wall clock\n",
              kSubstituteShare * 100, last.copy_resemblance, kTopK, kMinResemblance);
}

int write_jsonl(std::size_t articles, const std::string& path) {
  std::ofstream out(path);
  const std::size_t copies = std::min<std::size_t>(1000, articles / 10);
  std::size_t n = 0;
  generate(Collection{articles - copies, copies}, [&](const Article& a) {
    nlohmann::json line = {{"url", a.meta.canonical_url}, {"title", a.meta.title}, {"text", a.text()}};
    out << line.dump() << "\n";
    ++n;
  });
  std::printf("wrote %zu articles to %s\n", n, path.c_str());
  return out ? 0 : 1;
}

// The README's rows for one size: the index beside the brute-force scan, and the pack beside its bound.
void add_rows(bench::FigureRows& rows, const Row& r) {
  const std::string size = r.articles >= 1'000'000 ? bench::format("%zuM articles", r.articles / 1'000'000)
                                                    : bench::format("%zuk articles", r.articles / 1000);
  rows.add("index query p50 / p99, " + size,
           bench::format("%.1f / %.1f us, recall %.3f", r.lsh.p50_us, r.lsh.p99_us, r.lsh.recall),
           bench::format("brute-force scan %.0f / %.0f us, recall %.3f", r.peer.p50_us, r.peer.p99_us, r.peer.recall));
  rows.add("index build (fingerprint, add, pack save), " + size, bench::format("%.0f articles/s", r.build_rate),
           bench::format("fingerprinting alone %.0f articles/s", r.fingerprint_rate));
  rows.add("pack size per article; load; memory, " + size,
           bench::format("%.0f B (fingerprint %.0f B); %.0f ms; %.1f MB", r.pack_bytes, r.fingerprint_bytes, r.load_ms,
                         r.memory_mb),
           "bound: 256 B of fingerprint");
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::size_t> sizes = {10'000, 100'000, 1'000'000};
  std::size_t copies = 1000, peer_queries = 200;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--jsonl" && i + 2 < argc) return write_jsonl(std::stoul(argv[i + 1]), argv[i + 2]);
    if (arg == "--copies" && i + 1 < argc) copies = std::stoul(argv[++i]);
    if (arg == "--peer-queries" && i + 1 < argc) peer_queries = std::stoul(argv[++i]);
    if (arg == "--sizes" && i + 1 < argc) {
      sizes.clear();
      std::stringstream list(argv[++i]);
      for (std::string item; std::getline(list, item, ',');) sizes.push_back(std::stoul(item));
    }
  }
  std::printf("index_bench: synthetic articles, %zu planted near-duplicates per size\n", copies);
  // Each row is printed as soon as its size is done, so a long 1M run shows the smaller sizes meanwhile.
  Row last;
  bench::FigureRows rows;
  for (std::size_t n : sizes) {
    last = run(n, std::min(copies, n / 10), peer_queries);
    print_header();
    print_row(last);
    add_rows(rows, last);
  }
  print_notes(last);
  return rows.write() ? 0 : 1;
}
