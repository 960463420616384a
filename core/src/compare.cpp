// The two comparison levels (compare.h): fingerprint level scores the pair and classifies; text level does
// the same from rich fingerprints of both texts and adds the sentence alignment.
#include "firsthand/compare.h"

namespace firsthand {

Comparison compare(const ComparedSide& a, const ComparedSide& b) {
  return classify(score_pair(a.fingerprint, b.fingerprint), a.meta, b.meta);
}

Comparison compare(const Article& a, const Article& b) {
  const TokenizedText text_a = tokenize(a.paragraphs);
  const TokenizedText text_b = tokenize(b.paragraphs);
  const Fingerprint fp_a = fingerprint(text_a);
  const Fingerprint fp_b = fingerprint(text_b);
  Comparison result = compare(ComparedSide{fp_a, a.meta}, ComparedSide{fp_b, b.meta});
  if (result.relation != Relation::Unrelated) result.alignment = align_sentences(text_a, text_b);
  return result;
}

}  // namespace firsthand
