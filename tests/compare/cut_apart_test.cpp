// Same source needs a passage cut on both sides, on an invented story: a copy that drops only its original's
// closing paragraphs and swaps a word here and there is a copy of that original, not its sibling, while two
// derivatives that each cut a different passage of one parent are siblings. At the text level and against the
// compact fingerprint a reading history keeps. Or, read from the texts, two derivatives that drop different
// single sentences, neither retelling the other whole.
#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "firsthand/compare.h"
#include "pair_fixtures.h"
#include "relation_report.h"

using namespace firsthand;

namespace {

using test::meta_with;

// The parent: fourteen paragraphs, each with its names and numbers.
const std::vector<std::string> kParent = {
    "The Tarn Valley railway reopened on Wednesday after 19 months of repairs costing 48 million euros.",
    "Minister Lena Brask cut a ribbon at Orsmo station at 9.30 before the first train left for Kell.",
    "Floods in March 2024 washed away 2.6 kilometres of track between Orsmo and the village of Fenn.",
    "Contractor Halvik Build employed 320 workers on the line and finished two weeks ahead of plan.",
    "The new bridge over the Tarn river at Fenn is 140 metres long and rests on 12 concrete piers.",
    "Station manager Oskar Vell said 1,700 passengers had booked seats for the first weekend.",
    "Buses had replaced the trains since the floods, adding 50 minutes to the trip from Kell to Orsmo.",
    "The regional council will pay 11 million euros of the cost, Lena Brask told reporters in Orsmo.",
    "Farmers in Fenn said the closure had cost them 600 tonnes of grain shipments to the port of Kell.",
    "Rail operator Nordbane will run 34 trains a day, six more than before the floods.",
    "Ticket prices will stay at 2023 levels until 1 January, Nordbane director Ada Lind said.",
    "Engineers raised the track at Fenn by 1.8 metres to keep it above a flood like that of 2024.",
    "Environmental group Tarn Watch said 40 hectares of wetland near Fenn would be restored by 2027.",
    "The next stage, a second track between Kell and Dunby, is due to open in 2029, Ada Lind said.",
};

// A rewrite of the parent, sentence by sentence, keeping every name and number in its order.
const std::vector<std::string> kReworded = {
    "The Tarn Valley line carried trains again on Wednesday, after 19 months of repair work worth 48 million euros.",
    "Lena Brask, the minister, opened Orsmo station at 9.30, shortly before the first service to Kell departed.",
    "In March 2024 high water destroyed 2.6 kilometres of rails from Orsmo to the small village of Fenn.",
    "Halvik Build, the contractor, put 320 people on the job and completed it a fortnight early.",
    "The Tarn river at Fenn now has a new bridge of 140 metres, carried by 12 piers of concrete.",
    "Oskar Vell, who runs the station, said 1,700 travellers reserved seats for the opening weekend.",
    "Since the floods a bus service stood in for the trains, adding 50 minutes to any journey from Kell to Orsmo.",
    "The regional council is to cover 11 million euros of the bill, Lena Brask said while in Orsmo.",
    "Growers in Fenn said the closure lost them 600 tonnes of grain deliveries to the Kell harbour.",
    "Operator Nordbane plans 34 daily services, which is six above the number before the floods.",
    "Fares are frozen at their 2023 level until 1 January, according to Nordbane's head Ada Lind.",
    "The rails at Fenn now sit 1.8 metres higher, so that a flood such as the one in 2024 cannot reach them.",
    "Tarn Watch, an environmental campaign, expects 40 hectares of marsh close to Fenn to be restored by 2027.",
    "A second track linking Kell and Dunby should follow in 2029 as the project's next phase, Ada Lind said.",
};

Article article(std::vector<std::string> paragraphs, Metadata meta) {
  Article a;
  a.meta = std::move(meta);
  a.paragraphs = std::move(paragraphs);
  return a;
}

// The paragraphs without those in [from, to).
std::vector<std::string> cut(const std::vector<std::string>& paragraphs, std::size_t from, std::size_t to) {
  std::vector<std::string> out(paragraphs.begin(), paragraphs.begin() + from);
  out.insert(out.end(), paragraphs.begin() + to, paragraphs.end());
  return out;
}

// The paragraphs without those at the given indexes: a rewrite that drops a sentence here and there.
std::vector<std::string> without(const std::vector<std::string>& paragraphs, const std::vector<std::size_t>& dropped) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < paragraphs.size(); ++i)
    if (std::find(dropped.begin(), dropped.end(), i) == dropped.end()) out.push_back(paragraphs[i]);
  return out;
}

// Every `every`-th word replaced by an unrelated one, as a careless copy's typos and edits do: one in sixteen
// changes every sentence of this story, so the copy is no verbatim one and reads as reworded.
std::vector<std::string> words_swapped(const std::vector<std::string>& paragraphs, int every) {
  std::vector<std::string> out;
  int n = 0;
  for (const std::string& p : paragraphs) {
    std::istringstream in(p);
    std::string word, edited;
    while (in >> word) {
      if (!edited.empty()) edited += ' ';
      edited += ++n % every == 0 ? std::string("zorvel") : word;
    }
    out.push_back(edited);
  }
  return out;
}

// Both levels: the two texts, and the first text against the second's stored compact fingerprint.
void check_relation(const Article& a, const Article& b, bool siblings) {
  const Comparison text = compare(a, b);
  INFO("text level: " << relation_name(text.relation) << ", " << (text.reasons.empty() ? "" : text.reasons.back()));
  CHECK((text.relation == Relation::SameSource) == siblings);
  const Comparison stored = test::fingerprint_level_comparison(a, b);
  INFO("fingerprints: " << relation_name(stored.relation) << ", " << (stored.reasons.empty() ? "" : stored.reasons.back()));
  CHECK((stored.relation == Relation::SameSource) == siblings);
}

}  // namespace

TEST_CASE("a copy that drops only its original's closing paragraphs is no sibling of that original",
          "[compare][cut-apart]") {
  const Article original = article(kParent, meta_with("2025-09-03", "Tarn Courier"));
  const Article copy = article(words_swapped(cut(kParent, 12, 14), 16), meta_with("2025-09-05", "Rail Digest"));
  check_relation(copy, original, false);
  const Comparison c = compare(copy, original);
  CHECK(c.source == Source::B);
}

TEST_CASE("two derivatives that each cut a different passage of one parent are siblings", "[compare][cut-apart]") {
  const Article first = article(cut(kReworded, 3, 6), meta_with("2025-09-04", "Valley News"));
  const Article second = article(cut(kParent, 8, 11), meta_with("2025-09-04", "Rail Digest"));
  check_relation(first, second, true);
}

// No passage of facts is cut here: each derivative drops single sentences of the parent, different ones, so
// the facts outside the shared sequence come one sentence at a time, as a rewrite's edits do. What tells is
// that neither retells the other whole, where a rewrite as long as its source retells nearly every sentence.
// The texts' words decide it, which a stored fingerprint does not keep: the text level only.
TEST_CASE("two derivatives that each drop different sentences of one parent are siblings, not rewrites",
          "[compare][cut-apart]") {
  const Article first = article(without(kReworded, {3, 7, 11, 13}), meta_with("2025-09-04", "Valley News"));
  const Article second = article(without(kParent, {4, 8, 9, 12}), meta_with("2025-09-04", "Rail Digest"));
  const Comparison c = compare(first, second);
  INFO(relation_name(c.relation) << ": " << (c.reasons.empty() ? "" : c.reasons.back()));
  CHECK(c.relation == Relation::SameSource);
  CHECK(c.source == Source::Neither);
  // The reasons name what decided, the partial retelling, and not a cut passage of facts that is not there.
  const auto says = [&](const char* words) {
    return std::any_of(c.reasons.begin(), c.reasons.end(),
                       [&](const std::string& r) { return r.find(words) != std::string::npos; });
  };
  CHECK(says("retells the other whole"));
  CHECK_FALSE(says("both follow one original"));
  // The rewrite of the whole parent retells it whole: still its rewrite.
  const Comparison whole = compare(article(kReworded, meta_with("2025-09-05", "Valley News")),
                                   article(kParent, meta_with("2025-09-03", "Tarn Courier")));
  CHECK(whole.relation == Relation::Rewrite);
  CHECK(whole.source == Source::B);
}
