// Whether a comparison of the page (side A) with a known article (side B) found the page copied from it, by
// any copy kind. One definition for the verdict (which names the likely original) and the reading history
// (which keeps a copy's sentences out of its own site's standing text).
#pragma once

#include "firsthand/compare.h"

namespace firsthand {

inline bool page_is_copy(const Comparison& c) {
  switch (c.relation) {
    case Relation::VerbatimCopy: case Relation::Syndicated: case Relation::SpunCopy: case Relation::Rewrite:
    case Relation::Translation:
      return c.source == Source::B;
    default: return false;
  }
}

}  // namespace firsthand
