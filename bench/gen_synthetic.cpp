// Synthetic article generator (see gen_synthetic.h).
#include "gen_synthetic.h"

#include <sstream>

namespace firsthand::bench {
namespace {

const char* const kSyllables[] = {"ba", "ke", "lo", "mi", "nu", "ra", "se", "ti", "vo", "za", "chi", "dre",
                                  "fla", "gor", "han", "jel", "kri", "lum", "mor", "nel", "pra", "qui", "ros",
                                  "sta", "tur", "ven", "wil", "yas", "ard", "est", "ion", "ome"};
constexpr std::size_t kSyllableCount = std::size(kSyllables);

std::string make_word(std::uint64_t n) {
  std::string w;
  do {
    w += kSyllables[n % kSyllableCount];
    n /= kSyllableCount;
  } while (n > 0);
  return w;
}

}  // namespace

SyntheticArticles::SyntheticArticles(std::uint64_t seed, std::size_t vocabulary) : rng_(seed) {
  std::vector<double> weights;
  for (std::size_t i = 0; i < vocabulary; ++i) {
    words_.push_back(make_word(i + 7));
    weights.push_back(1.0 / static_cast<double>(i + 1));  // Zipf: the i-th commonest word is 1/i as frequent
  }
  zipf_ = std::discrete_distribution<std::size_t>(weights.begin(), weights.end());
  for (std::size_t i = 0; i < 5000; ++i) {
    std::string n = make_word(i * 31 + 1000);
    n[0] = static_cast<char>(n[0] - 'a' + 'A');
    names_.push_back(std::move(n));
  }
}

std::string SyntheticArticles::word() { return words_[zipf_(rng_)]; }
std::string SyntheticArticles::name() { return names_[rng_() % names_.size()]; }

std::string SyntheticArticles::sentence() {
  std::string s = name();
  const std::size_t length = 12 + rng_() % 14;
  for (std::size_t i = 0; i < length; ++i) {
    s += ' ';
    const auto roll = rng_() % 20;
    if (roll == 0)
      s += name();
    else if (roll == 1)
      s += std::to_string(rng_() % 2000);
    else
      s += word();
  }
  return s + ".";
}

Article SyntheticArticles::article(std::size_t number) {
  rng_.seed(0x9E3779B97F4A7C15ull ^ (number * 0xBF58476D1CE4E5B9ull));
  Article a;
  a.meta.title = name() + " " + word() + " " + word() + " " + word();
  a.meta.site_name = "Site " + std::to_string(number % 977);
  a.meta.canonical_url = "https://site" + std::to_string(number % 977) + ".example/news/" + std::to_string(number);
  a.meta.date = "2025-" + std::to_string(10 + rng_() % 3) + "-" + std::to_string(10 + rng_() % 18);
  if (number % 5 == 0) a.meta.credit = "Wire " + std::to_string(number % 7);
  const std::size_t paragraphs = 6 + rng_() % 6;
  for (std::size_t p = 0; p < paragraphs; ++p) {
    std::string paragraph = sentence();
    for (std::size_t s = 1 + rng_() % 3; s > 0; --s) paragraph += " " + sentence();
    a.paragraphs.push_back(std::move(paragraph));
  }
  return a;
}

Article SyntheticArticles::near_copy(const Article& original, double substitute_share, std::size_t number) {
  rng_.seed(0xD1B54A32D192ED03ull ^ number);
  Article copy = original;
  copy.meta.canonical_url = "https://copies.example/" + std::to_string(number);
  copy.meta.site_name = "Copy site";
  if (copy.paragraphs.size() > 3) copy.paragraphs.pop_back();
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  for (std::string& paragraph : copy.paragraphs) {
    std::istringstream in(paragraph);
    std::string token, edited;
    while (in >> token) {
      if (!edited.empty()) edited += ' ';
      edited += unit(rng_) < substitute_share ? word() : token;
    }
    paragraph = std::move(edited);
  }
  copy.paragraphs.insert(copy.paragraphs.begin(), "By " + name() + ", Copy site staff");
  return copy;
}

}  // namespace firsthand::bench
