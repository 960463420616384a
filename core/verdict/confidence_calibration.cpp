// Calibrated confidence: per verdict kind, the raw confidence of the relation rules (a margin from a
// threshold, which says how far a score is from the line, not how often the verdict is right) mapped to the
// share of verdicts right at that raw confidence. The steps are isotonic bins (pool-adjacent-violators, bins
// of 40 verdicts or more) fitted on the development half of the copies set (tests/fixtures/copies),
// each side of every pair judged at all three levels a history keeps (text, remembered, stored), by the
// hidden test "[fit]" in tests/verdict/copies_reliability_test.cpp, which prints this table. The validation
// half is only measured (the same file's reliability test).
#include <algorithm>
#include <span>

#include "firsthand/verdict.h"

namespace firsthand {
namespace {

// From this raw confidence up (to the next step), verdicts of the kind were right this share of the time.
struct Step {
  double from, right;
};
struct KindSteps {
  VerdictKind kind;
  std::span<const Step> steps;
};

// Fitted table, as the fit test prints it (raw confidences are in [0.5, 0.99]; the sizes of the bins follow
// each kind). Kinds with fewer verdicts than a bin on that half (verbatim copies, syndication and spun copies:
// the copies set's language-model copies are paraphrases) keep their raw confidence.
constexpr Step kOriginal[] = {{0.000, 0.857}, {0.683, 0.951}};                                  // 42 371
constexpr Step kRewrite[] = {{0.000, 0.925}, {0.953, 0.947}};                                   // 80 152
constexpr Step kTranslation[] = {{0.000, 1.000}};                                                // 69
constexpr Step kSameSource[] = {{0.000, 0.857}};                                                 // 56
constexpr Step kIndependent[] = {{0.000, 0.575}, {0.619, 0.786}, {0.726, 0.882}};                 // 40 42 229
constexpr KindSteps kTable[] = {
    {VerdictKind::Original, kOriginal},     {VerdictKind::Rewrite, kRewrite},
    {VerdictKind::Translation, kTranslation}, {VerdictKind::SameSource, kSameSource},
    {VerdictKind::IndependentSameEvent, kIndependent},
};

// Confidence keeps a floor: a verdict is stated only when its evidence leans one way.
constexpr double kFloor = 0.5, kCeiling = 0.99;

}  // namespace

double calibrated_confidence(VerdictKind kind, double raw) {
  for (const KindSteps& k : kTable) {
    if (k.kind != kind || k.steps.empty()) continue;
    double right = k.steps.front().right;
    for (const Step& s : k.steps)
      if (raw >= s.from) right = s.right;
    return std::clamp(right, kFloor, kCeiling);
  }
  return raw;
}

}  // namespace firsthand
