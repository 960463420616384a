// Fingerprinting throughput (MB/s of text) and cost per comparison, beside a naive peer measured in the
// same run: exact Jaccard over the two texts' word sets. Text: the fixture pairs, repeated.
#include <chrono>
#include <cstdio>
#include <set>
#include <sstream>

#include "../tests/pair_fixtures.h"
#include "firsthand/compare.h"

using namespace firsthand;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

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

}  // namespace

int main() {
  std::vector<Article> articles;
  std::size_t bytes = 0;
  for (const auto& f : test::load_pair_fixtures())
    for (const Article* a : {&f.a, &f.b}) articles.push_back(*a), bytes += a->body_bytes();

  constexpr int kRounds = 200;
  std::vector<Fingerprint> fps;
  auto t = Clock::now();
  for (int r = 0; r < kRounds; ++r) {
    fps.clear();
    for (const auto& a : articles) fps.push_back(fingerprint(a));
  }
  const double fp_seconds = seconds_since(t);
  std::printf("fingerprinting: %.1f MB/s of text (%zu articles, %.1f KB, %d rounds, one core)\n",
              bytes * kRounds / fp_seconds / 1e6, articles.size(), bytes / 1e3, kRounds);

  std::vector<std::set<std::string>> sets;
  t = Clock::now();
  for (int r = 0; r < kRounds; ++r) {
    sets.clear();
    for (const auto& a : articles) sets.push_back(word_set(a));
  }
  std::printf("peer, word sets for exact Jaccard: %.1f MB/s of text\n", bytes * kRounds / seconds_since(t) / 1e6);

  double sink = 0;
  std::size_t pairs = 0;
  t = Clock::now();
  for (int r = 0; r < 20; ++r)
    for (std::size_t i = 0; i < fps.size(); ++i)
      for (std::size_t j = 0; j < fps.size(); ++j) sink += sketch_resemblance(fps[i], fps[j]), ++pairs;
  std::printf("sketch comparison: %.1f ns per pair\n", seconds_since(t) * 1e9 / pairs);

  pairs = 0;
  t = Clock::now();
  for (std::size_t i = 0; i < fps.size(); ++i)
    for (std::size_t j = 0; j < fps.size(); ++j) sink += score_pair(fps[i], fps[j]).aligned_a_in_b, ++pairs;
  std::printf("full fingerprint scoring (sketch + sentences + quotes): %.1f ns per pair\n",
              seconds_since(t) * 1e9 / pairs);

  pairs = 0;
  t = Clock::now();
  for (std::size_t i = 0; i < sets.size(); ++i)
    for (std::size_t j = 0; j < sets.size(); ++j) sink += exact_jaccard(sets[i], sets[j]), ++pairs;
  std::printf("peer, exact Jaccard over word sets: %.1f ns per pair\n", seconds_since(t) * 1e9 / pairs);
  return sink < 0;  // keeps the work observable
}
