// Passage summaries (firsthand/verdict/passage_summary.h): on every fixture pair the page aligns with the
// other article's summary exactly as with its text, and the reading history keeps the summaries of articles
// whose text it has dropped, so the verdict on them still stands on aligned passages.
#include <catch2/catch.hpp>

#include "firsthand/verdict.h"
#include "firsthand/verdict/reading_history.h"
#include "pair_fixtures.h"

using namespace firsthand;

TEST_CASE("a passage summary aligns with a page as the text does", "[verdict][passages][pairs]") {
  const auto fixtures = test::load_pair_fixtures();
  REQUIRE(fixtures.size() >= 40);
  std::size_t pairs = 0, swaps = 0;
  for (const auto& f : fixtures) {
    INFO(f.slug);
    const TokenizedText a = tokenize(f.a.paragraphs), b = tokenize(f.b.paragraphs);
    const Alignment text = align_sentences(a, b);
    const Alignment summary = align_with_summary(a, summarize_passages(b));
    REQUIRE(summary.pairs.size() == text.pairs.size());
    for (std::size_t i = 0; i < text.pairs.size(); ++i) {
      CHECK(summary.pairs[i].sentence_a == text.pairs[i].sentence_a);
      CHECK(summary.pairs[i].sentence_b == text.pairs[i].sentence_b);
      CHECK(summary.pairs[i].identical == text.pairs[i].identical);
      CHECK(summary.pairs[i].text_a == text.pairs[i].text_a);
      CHECK(summary.pairs[i].text_b.empty());  // no text of the known article is kept
    }
    CHECK(summary.aligned_share_a == text.aligned_share_a);
    CHECK(summary.aligned_share_b == text.aligned_share_b);
    CHECK(summary.order_agreement == text.order_agreement);
    // The swap rules read the same swaps from the words' shapes as from their letters.
    CHECK(summary.changed_pairs == text.changed_pairs);
    CHECK(summary.swapped_pairs == text.swapped_pairs);
    CHECK(summary.in_place_swaps.size() == text.in_place_swaps.size());
    CHECK(summary.rarer_swaps_a == text.rarer_swaps_a);
    CHECK(summary.rarer_swaps_b == text.rarer_swaps_b);
    CHECK(summary.substituted_word_share == text.substituted_word_share);
    swaps += text.in_place_swaps.size();
    for (std::size_t i = 0; i < std::min(text.in_place_swaps.size(), summary.in_place_swaps.size()); ++i)
      CHECK(summary.in_place_swaps[i].in_a == text.in_place_swaps[i].in_a);  // the page's word, quoted
    pairs += text.pairs.size();
  }
  CHECK(pairs > 100);
  CHECK(swaps > 10);
}

TEST_CASE("the reading history keeps passages after the text is gone", "[verdict][passages][history]") {
  const auto fixtures = test::load_pair_fixtures();
  const auto verbatim = std::find_if(fixtures.begin(), fixtures.end(),
                                     [](const auto& f) { return f.relation == "verbatim_copy"; });
  REQUIRE(verbatim != fixtures.end());
  auto with_url = [](Article a, const std::string& url) {
    a.meta.canonical_url = url;
    return a;
  };
  ReadingHistory history;
  const Article original = with_url(verbatim->b, "https://original.example/story");
  history.remember(original, fingerprint(original));
  // More articles than the history keeps with their text, none of them related to the story.
  std::size_t read = 0;
  for (const auto& f : fixtures)
    if (f.slug.find(verbatim->slug.substr(0, verbatim->slug.find('-'))) == std::string::npos &&
        read < ReadingHistory::kRecentArticles + 2) {
      const Article other = with_url(f.a, "https://other.example/" + f.slug);
      history.remember(other, fingerprint(other));
      ++read;
    }
  REQUIRE(read == ReadingHistory::kRecentArticles + 2);
  const Article copy = with_url(verbatim->a, "https://copy.example/story");
  const auto candidates = history.candidates(copy, fingerprint(copy));
  const auto found = std::find_if(candidates.begin(), candidates.end(), [](const KnownArticle& k) {
    return k.meta.canonical_url == "https://original.example/story";
  });
  REQUIRE(found != candidates.end());
  CHECK_FALSE(found->article);
  REQUIRE(found->passages);
  const Verdict v = judge(copy, candidates);
  CHECK(v.kind == VerdictKind::VerbatimCopy);
  REQUIRE(!v.related.empty());
  REQUIRE(v.related.front().comparison.alignment);
  CHECK(v.related.front().comparison.alignment->pairs.size() >= 3);

  history.forget_recent();
  const auto stored_only = history.candidates(copy, fingerprint(copy));
  for (const KnownArticle& k : stored_only) CHECK_FALSE(k.passages);
}
