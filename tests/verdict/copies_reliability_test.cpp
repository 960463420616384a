// Reliability of the verdict's stated confidence on the copies set (tests/fixtures/copies): each side of a
// pair judged as the page against the other side as the text, as the reading history remembers it (rich
// fingerprint and passage summary) and as its stored fingerprint alone; per confidence bin, the verdicts
// stated and the share whose kind is the labelled one. The confidence is calibrated on the development half
// (confidence_calibration.cpp, whose table the hidden "[fit]" test prints); on the validation half each bin
// with enough verdicts must be right as often as it says, within a stated margin.
#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>
#include <vector>

#include "copies_fixtures.h"
#include "firsthand/verdict.h"
#include "known_tiers.h"

using namespace firsthand;
using test::remembered;
using test::stored;

namespace {

// The verdict kind the label implies for the page, side a or b of the pair.
VerdictKind expected_kind(const test::CopyPair& p, bool page_is_a) {
  const auto relation = relation_from_name(p.relation);
  if (!relation || *relation == Relation::Unrelated) return VerdictKind::Unknown;
  if (*relation == Relation::SameSource) return VerdictKind::SameSource;
  if (*relation == Relation::IndependentSameEvent) return VerdictKind::IndependentSameEvent;
  if (p.likely_original == (page_is_a ? "a" : "b")) return VerdictKind::Original;
  switch (*relation) {
    case Relation::VerbatimCopy: return VerdictKind::VerbatimCopy;
    case Relation::Syndicated: return VerdictKind::Syndicated;
    case Relation::SpunCopy: return VerdictKind::SpunCopy;
    case Relation::Rewrite: return VerdictKind::Rewrite;
    default: return VerdictKind::Translation;
  }
}

constexpr int kBins = 5;  // [0.5, 0.6), ... [0.9, 1.0]
struct Bin {
  int stated = 0, right = 0;
};
using Table = std::array<Bin, kBins>;

int bin_of(double confidence) { return std::clamp(static_cast<int>((confidence - 0.5) * 10), 0, kBins - 1); }

constexpr const char* kTiers[] = {"text", "remembered", "stored"};

// One verdict the page's side of a pair made: its kind, its confidence, whether the kind is the labelled one.
struct Claim {
  VerdictKind kind;
  double confidence;
  bool right;
  int tier;
};

// Every claim (not unknown, not possibly related) of both sides of the split's pairs, at each level.
template <typename Judge>
std::vector<Claim> claims_of(const std::vector<test::CopyPair>& pairs, const std::string& split, Judge judge_one) {
  std::vector<Claim> claims;
  for (const auto& p : pairs) {
    if (p.split != split) continue;
    for (const bool page_is_a : {true, false}) {
      const Article& page = page_is_a ? p.a : p.b;
      const Article& other = page_is_a ? p.b : p.a;
      const Verdict verdicts[] = {judge_one(page, {make_known_article("known", other)}),
                                  judge_one(page, {remembered(other)}), judge_one(page, {stored(other)})};
      for (int tier = 0; tier < 3; ++tier) {
        const Verdict& v = verdicts[tier];
        if (v.kind == VerdictKind::Unknown || v.kind == VerdictKind::PossiblyRelated) continue;  // no claim made
        claims.push_back({v.kind, v.confidence, v.kind == expected_kind(p, page_is_a), tier});
      }
    }
  }
  return claims;
}

}  // namespace

// On the validation half: a bin with this many verdicts or more must be right within this margin of the
// mean confidence it states.
constexpr int kCheckedBin = 30;
constexpr double kMargin = 0.1;

TEST_CASE("copies set: the verdict's confidence against its observed precision", "[verdict][copies][calibration]") {
  const auto pairs = test::load_copy_pairs();
  REQUIRE(!pairs.empty());
  for (const std::string split : {"dev", "val"}) {
    const auto claims = claims_of(pairs, split, [](const Article& page, const std::vector<KnownArticle>& known) {
      return judge(page, known);
    });
    CHECK(claims.size() > pairs.size() / 2);  // both sides of most pairs make a claim
    std::array<Table, 4> tables{};  // per tier, and all tiers
    std::array<std::array<double, kBins>, 4> stated_sum{};
    for (const Claim& c : claims)
      for (const int t : {c.tier, 3}) {
        Bin& bin = tables[t][bin_of(c.confidence)];
        ++bin.stated;
        bin.right += c.right;
        stated_sum[t][bin_of(c.confidence)] += c.confidence;
      }
    for (int t = 0; t < 4; ++t) {
      std::printf("copies %s half, %s: confidence bin: verdicts, mean stated, observed right\n", split.c_str(),
                  t < 3 ? kTiers[t] : "all levels");
      for (int b = 0; b < kBins; ++b) {
        const Bin& bin = tables[t][b];
        if (!bin.stated) continue;
        const double lower = 0.5 + 0.1 * b, precision = static_cast<double>(bin.right) / bin.stated;
        const double stated = stated_sum[t][b] / bin.stated;
        std::printf("  %.1f-%.1f: %d, %.2f, %.2f\n", lower, lower + 0.1, bin.stated, stated, precision);
        if (split == "val" && t == 3 && bin.stated >= kCheckedBin) {
          INFO("validation bin " << lower << "-" << lower + 0.1 << ": " << bin.stated << " verdicts state " << stated
                                 << ", right " << precision);
          CHECK(std::abs(stated - precision) <= kMargin);
        }
      }
    }
  }
}

// Pool-adjacent-violators over one kind's claims sorted by raw confidence, bins of at least kFitMinBin: each
// bin's share right, never falling as the raw confidence rises.
constexpr int kFitMinBin = 40;
struct FitBin {
  double from;
  int n, right;
  double share() const { return static_cast<double>(right) / n; }
};

std::vector<FitBin> isotonic_bins(std::vector<Claim> claims) {
  std::sort(claims.begin(), claims.end(), [](const Claim& x, const Claim& y) { return x.confidence < y.confidence; });
  std::vector<FitBin> bins;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    // Runs of kFitMinBin claims (a short last run joins the one before); ties stay in one bin.
    const bool fresh = bins.empty() || (bins.back().n >= kFitMinBin && static_cast<int>(claims.size() - i) >= kFitMinBin &&
                                        claims[i].confidence > claims[i - 1].confidence);
    if (fresh) bins.push_back({claims[i].confidence, 0, 0});
    ++bins.back().n;
    bins.back().right += claims[i].right;
    // Pool adjacent violators: a bin right less often than the one before it joins it.
    while (bins.size() >= 2 && bins[bins.size() - 2].share() > bins.back().share() && bins.back().n >= kFitMinBin) {
      bins[bins.size() - 2].n += bins.back().n;
      bins[bins.size() - 2].right += bins.back().right;
      bins.pop_back();
    }
  }
  while (bins.size() >= 2 && bins[bins.size() - 2].share() > bins.back().share()) {
    bins[bins.size() - 2].n += bins.back().n;
    bins[bins.size() - 2].right += bins.back().right;
    bins.pop_back();
  }
  return bins;
}

TEST_CASE("copies set: fit the confidence calibration on the development half", "[.][fit]") {
  const auto pairs = test::load_copy_pairs();
  const auto claims = claims_of(pairs, "dev", [](const Article& page, const std::vector<KnownArticle>& known) {
    return judge_uncalibrated(page, known);
  });
  std::map<VerdictKind, std::vector<Claim>> by_kind;
  for (const Claim& c : claims) by_kind[c.kind].push_back(c);
  for (const auto& [kind, kind_claims] : by_kind) {
    if (static_cast<int>(kind_claims.size()) < kFitMinBin) continue;  // too few to fit: the kind keeps its raw confidence
    std::printf("// %s: %zu verdicts\nconstexpr Step k%s[] = {", verdict_kind_name(kind), kind_claims.size(),
                verdict_kind_name(kind));
    const auto bins = isotonic_bins(kind_claims);
    for (std::size_t i = 0; i < bins.size(); ++i)
      std::printf("%s{%.3f, %.3f}", i ? ", " : "", i ? bins[i].from : 0.0, bins[i].share());
    std::printf("};  // bins of");
    for (const FitBin& b : bins) std::printf(" %d", b.n);
    std::printf("\n");
  }
}
