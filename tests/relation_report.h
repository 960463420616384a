// Header-only tallies for the relation reports (tests/compare/*_report_test.cpp): precision and recall per
// relation from expected/got pairs, printed as a table with the confusion matrix (which true relation went to
// which predicted one), and the fingerprint-level comparison those reports
// share (the page read in full against the other's stored compact tier, as a verdict works from history).
#pragma once
#include <cstdio>
#include <map>
#include <string>
#include <utility>

#include "firsthand/compare.h"

namespace firsthand::test {

// The page's own text is at hand (a verdict reads it), so its spin evidence counts; the other side is only
// its stored fingerprint, serialized and read back.
inline Comparison fingerprint_level_comparison(const Article& a, const Article& b) {
  std::string stored;
  serialize(fingerprint(b), stored);
  const TokenizedText text_a = tokenize(a.paragraphs);
  const Fingerprint fa = fingerprint(text_a);
  return compare(ComparedSide{fa, a.meta, tortured_per_100_sentences(text_a)},
                 ComparedSide{deserialize(stored).value(), b.meta});
}

inline std::string source_letter(Source s) { return s == Source::A ? "a" : s == Source::B ? "b" : ""; }

class RelationTally {
 public:
  struct Counts {
    int true_positive = 0, false_positive = 0, false_negative = 0;
  };

  // Returns whether the relation was right.
  bool add(const std::string& expected, const std::string& got) {
    counts_[expected];  // every expected relation gets a row, even when never predicted right
    ++confusion_[{expected, got}];
    if (got == expected) {
      ++counts_[got].true_positive;
      return true;
    }
    ++counts_[got].false_positive;
    ++counts_[expected].false_negative;
    return false;
  }

  static double precision(const Counts& n) {
    return n.true_positive + n.false_positive ? double(n.true_positive) / (n.true_positive + n.false_positive) : 0;
  }
  static double recall(const Counts& n) {
    return n.true_positive + n.false_negative ? double(n.true_positive) / (n.true_positive + n.false_negative) : 0;
  }
  // Mean F1 over the relations that were expected at least once.
  double macro_f1() const {
    double sum = 0;
    int relations = 0;
    for (const auto& [relation, n] : counts_) {
      if (n.true_positive + n.false_negative == 0) continue;
      const double p = precision(n), r = recall(n);
      sum += p + r > 0 ? 2 * p * r / (p + r) : 0;
      ++relations;
    }
    return relations ? sum / relations : 0;
  }
  const std::map<std::string, Counts>& counts() const { return counts_; }

  void print(const std::string& title) const {
    std::printf("\n%s\n%-24s %9s %9s %6s\n", title.c_str(), "relation", "precision", "recall", "pairs");
    for (const auto& [relation, n] : counts_)
      std::printf("%-24s %9.2f %9.2f %6d\n", relation.c_str(), precision(n), recall(n),
                  n.true_positive + n.false_negative);
    print_confusion();
  }

  // Rows: the true relation; columns: the predicted one, both over every relation seen, columns abbreviated.
  void print_confusion() const {
    std::printf("%-24s", "true \\ predicted");
    for (const auto& column : counts_) std::printf(" %8.8s", column.first.c_str());
    std::printf("\n");
    for (const auto& [expected, row] : counts_) {
      if (row.true_positive + row.false_negative == 0) continue;
      std::printf("%-24s", expected.c_str());
      for (const auto& column : counts_) {
        const auto it = confusion_.find({expected, column.first});
        std::printf(" %8d", it == confusion_.end() ? 0 : it->second);
      }
      std::printf("\n");
    }
  }

 private:
  std::map<std::string, Counts> counts_;
  std::map<std::pair<std::string, std::string>, int> confusion_;  // (expected, got) -> pairs
};

}  // namespace firsthand::test
