// The evidence floor under a copy-type relation (verdict.h). Internal to the core.
#pragma once
#include "firsthand/compare.h"

namespace firsthand::detail {

// Whether a relation says one text derives from the other (verbatim, syndicated, spun, rewrite, same source).
bool is_derived(Relation relation);

// `c` as the verdict may state it (also in verdict.h, for callers that judge pairs). A derived relation stands only on evidence a reader can check: with both
// texts read, aligned passages (enough pairs, a fair share of the copy's sentences); on a stored fingerprint,
// shared word sequences or facts that the texts would also show, never sentence-sketch shares alone (on
// unrelated texts those match by chance). When the evidence is too thin, the relation falls back to
// independent reporting (shared facts or quotes) or unrelated, with the reason why. Two pages of one site
// (same host) are no copy of each other unless most sentences are unchanged (a re-dated republication): what
// else they share is the site's own standing text (author boxes, house paragraphs) that extraction kept.
Comparison with_evidence_floor(Comparison c, const Metadata& a, const Metadata& b);

}  // namespace firsthand::detail
