// The copies development set (tests/copies_fixtures.h): precision and recall per relation, direction accuracy
// and translation links, for the dev half (tuned on) and the val half (only measured) apart, at text level and
// at fingerprint level (the page against the other's stored compact tier). Printed as a report; the val half's
// figures are held to floors so that they cannot regress.
#include <catch2/catch.hpp>

#include <cstdio>

#include "copies_fixtures.h"
#include "relation_report.h"

using namespace firsthand;

namespace {

// The floors below were measured on the full copies set; a smaller set (the few stories of a checkout before
// the set was merged) only prints its figures.
constexpr int kFullSetPairs = 150;

// Floors on the val half, never tuned on. The targets are 0.9 precision and recall for every relation,
// 0.95 of copy directions and fingerprint level within 0.05 macro F1 of text level; where a figure is short
// of its target the floor is the figure reached (README says what is missing), so that it cannot regress.
struct Floor {
  const char* relation;
  double precision, recall;
};
// The figures reached, to two decimals (each floor half a point below the figure as printed).
constexpr Floor kTextFloors[] = {{"rewrite", 0.935, 0.945},     {"same_source", 0.995, 0.605},
                                 {"translation", 0.995, 0.995}, {"independent_same_event", 0.795, 0.865},
                                 {"unrelated", 0.845, 0.995}};
constexpr Floor kFingerprintFloors[] = {{"rewrite", 0.925, 0.965},     {"same_source", 0.995, 0.475},
                                        {"translation", 0.995, 0.995}, {"independent_same_event", 0.795, 0.845},
                                        {"unrelated", 0.835, 0.945}};
constexpr double kTextDirectionFloor = 0.955, kFingerprintDirectionFloor = 0.975;
constexpr double kTextUndatedDirectionFloor = 0.895, kFingerprintUndatedDirectionFloor = 0.905;
constexpr double kF1GapCeiling = 0.05;  // the target, met since fingerprints keep 58 facts (version 3)

struct HalfReport {
  test::RelationTally tally;
  int copy_pairs = 0, direction_right = 0;
  // The same pairs with neither page's date: what the texts and the other metadata tell on their own (every
  // original of the set is dated, so with the dates the undated copy's side is known from the page alone).
  int undated_right = 0;
  double direction_share() const { return copy_pairs ? double(direction_right) / copy_pairs : 0; }
  double undated_share() const { return copy_pairs ? double(undated_right) / copy_pairs : 0; }
};

Comparison compare_at(const Article& a, const Article& b, bool text_level) {
  return text_level ? compare(a, b) : test::fingerprint_level_comparison(a, b);
}

Article without_date(Article article) {
  article.meta.date.clear();
  return article;
}

HalfReport measure(const std::vector<test::CopyPair>& pairs, const std::string& split, bool text_level) {
  HalfReport r;
  for (const auto& p : pairs) {
    if (p.split != split) continue;
    const Comparison c = compare_at(p.a, p.b, text_level);
    const std::string got = relation_name(c.relation);
    if (!r.tally.add(p.relation, got))
      std::printf("  %s %s: %s / %s vs %s expected %s, got %s\n", split.c_str(), text_level ? "text" : "fingerprint",
                  p.story.c_str(), p.a_file.c_str(), p.b_file.c_str(), p.relation.c_str(), got.c_str());
    if (p.likely_original.empty()) continue;
    ++r.copy_pairs;
    if (test::source_letter(c.source) == p.likely_original) ++r.direction_right;
    else
      std::printf("  %s %s: %s / %s vs %s names the wrong original (%s)\n", split.c_str(),
                  text_level ? "text" : "fingerprint", p.story.c_str(), p.a_file.c_str(), p.b_file.c_str(), got.c_str());
    const Comparison undated = compare_at(without_date(p.a), without_date(p.b), text_level);
    r.undated_right += test::source_letter(undated.source) == p.likely_original;
  }
  const auto& counts = r.tally.counts();
  int n = 0;
  for (const auto& [relation, c] : counts) n += c.true_positive + c.false_negative;
  r.tally.print(split + " half, " + (text_level ? "text" : "fingerprint") + " level, " + std::to_string(n) + " pairs");
  std::printf("%-24s %9.2f %16d\n", "direction right", r.direction_share(), r.copy_pairs);
  std::printf("%-24s %9.2f %16d\n", "  with no page dates", r.undated_share(), r.copy_pairs);
  std::printf("%-24s %9.2f\n", "macro F1", r.tally.macro_f1());
  return r;
}

}  // namespace

TEST_CASE("copies set: relations, directions and translations per half and level", "[compare][report][copies]") {
  const auto pairs = test::load_copy_pairs();
  REQUIRE(pairs.size() >= 10);
  for (const std::string split : {"dev", "val"}) {
    const HalfReport text = measure(pairs, split, true);
    const HalfReport stored = measure(pairs, split, false);
    std::printf("%s half: fingerprint-level macro F1 %.2f against text level %.2f\n", split.c_str(),
                stored.tally.macro_f1(), text.tally.macro_f1());
    if (split != "val") continue;
    int val_pairs = 0;
    for (const auto& p : pairs) val_pairs += p.split == "val";
    if (val_pairs < kFullSetPairs) {
      WARN("val half has " << val_pairs << " pairs, fewer than the full set's " << kFullSetPairs
                           << ": figures printed, floors not applied");
      continue;
    }
    for (const HalfReport* r : {&text, &stored}) {
      const bool text_level = r == &text;
      for (const Floor& floor : text_level ? kTextFloors : kFingerprintFloors) {
        INFO("val " << (text_level ? "text" : "fingerprint") << " level: " << floor.relation);
        const auto it = r->tally.counts().find(floor.relation);
        REQUIRE(it != r->tally.counts().end());
        CHECK(test::RelationTally::precision(it->second) >= floor.precision);
        CHECK(test::RelationTally::recall(it->second) >= floor.recall);
      }
      CHECK(r->direction_share() >= (text_level ? kTextDirectionFloor : kFingerprintDirectionFloor));
      CHECK(r->undated_share() >= (text_level ? kTextUndatedDirectionFloor : kFingerprintUndatedDirectionFloor));
    }
    CHECK(text.tally.macro_f1() - stored.tally.macro_f1() <= kF1GapCeiling);
  }
}
