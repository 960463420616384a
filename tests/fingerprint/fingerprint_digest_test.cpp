// Guards the speed work on folding, tokenising and fingerprinting: for every fixture text, a digest of the
// folded text, tokens and sentences, a digest of the rich fingerprint (plus its compact bytes) and one of its
// facts and language guess must match
// tests/fixtures/fingerprint/digests.txt, so stored fingerprints and packs stay comparable.
// Only a deliberate output change (with a Fingerprint::kVersion bump) may rewrite that file:
// FIRSTHAND_WRITE_DIGESTS=1 ./build/tests/firsthand_tests "[digest]"
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>

#include "firsthand/fingerprint.h"
#include "pair_fixtures.h"

using namespace firsthand;

namespace {

// FNV-1a over a stream of fixed-width fields, so a moved field boundary changes the digest.
class Digest {
 public:
  void add(std::uint64_t v) {
    for (int i = 0; i < 8; ++i) byte(static_cast<unsigned char>(v >> (8 * i)));
  }
  void add(std::string_view s) {
    add(s.size());
    for (char c : s) byte(static_cast<unsigned char>(c));
  }
  std::string hex() const {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h_));
    return buf;
  }

 private:
  void byte(unsigned char b) { h_ = (h_ ^ b) * 1099511628211ull; }
  std::uint64_t h_ = 1469598103934665603ull;
};

std::string text_digest(std::string_view raw, const TokenizedText& text) {
  Digest d;
  d.add(fold_text(raw));
  d.add(text.folded);
  for (const Token& t : text.tokens) {
    d.add(t.begin), d.add(t.end), d.add(t.hash), d.add(static_cast<std::uint64_t>(t.kind));
    d.add(t.capitalized), d.add(t.sentence_start), d.add(t.stop_word), d.add(t.in_quote);
  }
  for (const Sentence& s : text.sentences) d.add(s.first_token), d.add(s.token_count), d.add(s.begin), d.add(s.end);
  return d.hex();
}

std::string fingerprint_digest(const Fingerprint& fp) {
  Digest d;
  for (std::uint32_t slot : fp.sketch) d.add(slot);
  d.add(fp.sentence_sketches.size());
  for (std::uint64_t s : fp.sentence_sketches) d.add(s);
  d.add(fp.sketched_sentences), d.add(fp.quotes.set_size), d.add(fp.quotes.value_bits);
  d.add(fp.quotes.values.size());
  for (std::uint32_t q : fp.quotes.values) d.add(q);
  d.add(fp.word_count), d.add(fp.sentence_count), d.add(fp.artefacts_per_100_sentences);
  std::string bytes;
  serialize(fp, bytes);
  d.add(bytes);
  return d.hex();
}

// The facts in full (the compact bytes keep only a sample) and the language guess.
std::string facts_digest(const Fingerprint& fp) {
  Digest d;
  d.add(static_cast<std::uint64_t>(fp.language)), d.add(fp.facts.level), d.add(fp.facts.keys.size());
  for (std::uint16_t key : fp.facts.keys) d.add(key);
  return d.hex();
}

// Both entry points: the paragraph list an Article carries, and raw text split at blank lines.
std::string digests_of(const std::string& raw) {
  const Article article = test::article_from_paragraph_text(raw, {});
  const TokenizedText paragraphs = tokenize(article.paragraphs);
  const TokenizedText whole = tokenize(raw);
  const Fingerprint of_article = fingerprint(article);
  return text_digest(raw, paragraphs) + " " + text_digest(raw, whole) + " " + fingerprint_digest(of_article) + " " +
         fingerprint_digest(fingerprint(whole)) + " " + facts_digest(of_article);
}

// More distinct words than the fingerprint's content-word table is presized for, so it grows mid-text;
// some capitalised (names), one repeated in every sentence (a topic word).
std::string large_vocabulary_text() {
  std::string out;
  for (std::uint32_t n = 0; n < 40000; ++n) {
    std::string word;
    for (std::uint32_t v = n;; v /= 26) {
      word += static_cast<char>('a' + v % 26);
      if (v < 26) break;
    }
    if (n % 7 == 3) word[0] = static_cast<char>(word[0] - 'a' + 'A');
    out += word;
    out += n % 12 == 11 ? " harbour. " : " ";
  }
  return out;
}

// Invented text where ASCII and other characters meet inside words, numbers and sentence ends, so that a
// fast path for ASCII cannot change what the general path gives: accents mid-word and at word edges, upper
// case outside ASCII, expansions (ß, æ), curly quotes and apostrophes, full-width forms, Greek and Cyrillic
// names, decimals and thousands separators, abbreviations and initials, CJK beside Latin.
std::string ascii_meets_unicode_text() {
  return "Mr. Ödön Weiß of Zürich's ÉTAT office met Dr. Ana Muñoz in São Paulo on 3 Dec. 2025. "
         "The Straße-Projekt cost 1,234,567.89 euros (or 1.234.567,89 in German), up 2,5% and 12.5 points.\n\n"
         "\u201cWe won\u2019t stop,\u201d said Æsa Ørsted. \u201cNot now.\u201d Then ΟΔΥΣΣΕΑΣ and Σοφία met "
         "Пётр Иванов in Москва. U.S. officials said J. R. Smith, Jr. agreed! Did he? Yes\u2026 "
         "\uFF21\uFF22\uFF23 corp. and ＤＥＦ ltd. naïve café déjà-vu coöperate \u00A0spaced\u200Bword.\n\n"
         "東京の会議は3日に開かれた。Tokyo talks opened on the 3rd. O'Brien's and l'Hôpital's cases; rock 'n' roll's "
         "heirs. ÀÉÎÕÜ ÿ Ÿ ĳ Ĳ ŉ ﬁnal ﬂow İstanbul ıi.";
}

// Byte sequences no fixture file holds: broken UTF-8, NUL, huge words, nothing at all.
std::map<std::string, std::string> edge_cases() {
  return {{"edge/empty", ""},
          {"edge/invalid-utf8", "Bad \xff\xfe bytes, a cut \xe6\x9d sequence, overlong \xc0\xaf and \xed\xa0\x80 here."},
          {"edge/truncated-tail", "The text ends inside a character \xf0\x9f\x9a"},
          {"edge/nul", std::string("Words with a") + '\0' + "NUL byte inside. Then Another sentence here."},
          {"edge/long-word", "Start " + std::string(20000, 'x') + " end. " + std::string(3000, '9') + " numbers."},
          {"edge/punctuation", "... !!! ??? \"\"\" ''' --- ((( ))) 。。。"},
          {"edge/large-vocabulary", large_vocabulary_text()},
          {"edge/quotes", "\"One two three\" \"four five\" \"six seven eight nine\". \"Unclosed quote runs on and on"},
          {"edge/ascii-meets-unicode", ascii_meets_unicode_text()}};
}

std::map<std::string, std::string> inputs(const std::optional<std::filesystem::path>& shared) {
  std::map<std::string, std::string> out = edge_cases();
  for (const auto& e : std::filesystem::directory_iterator(test::fixtures_dir() / "pairs"))
    for (const char* side : {"a.txt", "b.txt"})
      if (std::filesystem::exists(e.path() / side))
        out["pairs/" + e.path().filename().string() + "/" + side] = test::read_file(e.path() / side);
  out["fingerprint/mixed-scripts.txt"] = test::read_file(test::fixtures_dir() / "fingerprint" / "mixed-scripts.txt");
  if (shared)
    for (const auto& e : std::filesystem::directory_iterator(*shared / "seeds"))
      if (e.path().extension() == ".txt") out["seeds/" + e.path().filename().string()] = test::read_file(e.path());
  return out;
}

}  // namespace

TEST_CASE("tokens and fingerprints of every fixture text are bit-identical to the committed digests",
          "[fingerprint][digest]") {
  const auto digest_file = test::fixtures_dir() / "fingerprint" / "digests.txt";
  const auto shared = test::shared_dir();
  const auto texts = inputs(shared);

  if (const char* write = std::getenv("FIRSTHAND_WRITE_DIGESTS"); write && std::string(write) == "1") {
    REQUIRE(shared);  // the file must cover the seeds too
    std::ofstream out(digest_file);
    out << "# name, then digests: tokens (paragraphs), tokens (raw text), fingerprint (article), fingerprint (raw), "
           "facts and language (article)\n";
    for (const auto& [name, raw] : texts) out << name << " " << digests_of(raw) << "\n";
    WARN("rewrote " << digest_file);
    return;
  }

  std::ifstream in(digest_file);
  REQUIRE(in);
  std::size_t checked = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    const std::string name = line.substr(0, line.find(' '));
    const std::string expected = line.substr(name.size() + 1);
    if (name.rfind("seeds/", 0) == 0 && !shared) continue;  // ../shared is absent in a user's clone
    const auto it = texts.find(name);
    INFO(name);
    REQUIRE(it != texts.end());  // a listed fixture disappeared
    CHECK(digests_of(it->second) == expected);
    ++checked;
  }
  CHECK(checked >= 90);  // the pairs alone give 96 texts; an empty or cut file must not pass
}
