// Siblings of a copy: known articles derived from the page's original (sibling_copies.h).
#include "sibling_copies.h"

namespace firsthand::detail {
namespace {

// A copy kind, with B (the original) as its source.
bool derives_from_b(const Comparison& c) {
  switch (c.relation) {
    case Relation::VerbatimCopy: case Relation::Syndicated: case Relation::SpunCopy: case Relation::Rewrite:
      return c.source == Source::B;
    default: return false;
  }
}

}  // namespace

std::vector<std::size_t> mark_siblings(const std::vector<KnownArticle>& known, std::size_t original,
                                       std::vector<std::pair<std::size_t, Comparison>>& matches) {
  std::vector<std::size_t> siblings;
  const KnownArticle& parent = known[original];
  for (auto& [index, c] : matches) {
    // Reworded text only: a verbatim or spun copy of a copy keeps its wording, and stays that copy. A rewrite
    // of the page, or one the page rewrote, that is also a copy of the original the page was ranked closer to
    // is the original's other cut: the original explains what the two share.
    const bool reworded = c.relation == Relation::IndependentSameEvent || c.relation == Relation::SameSource ||
                          c.relation == Relation::Rewrite;
    if (index == original || !reworded) continue;
    const KnownArticle& k = known[index];
    if (!derives_from_b(compare(ComparedSide{k.fingerprint, k.meta}, ComparedSide{parent.fingerprint, parent.meta})))
      continue;
    c.relation = Relation::SameSource;
    c.source = Source::Neither;
    siblings.push_back(index);
  }
  return siblings;
}

}  // namespace firsthand::detail
