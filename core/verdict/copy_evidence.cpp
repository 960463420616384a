// The evidence floor under copy-type relations (floor_copy_claim, verdict.h). The sentence-sketch shares of the
// comparison are estimates: two sentences "pair" when 2 of their 4 one-byte MinHashes agree, which unrelated
// sentences sharing a common word do by chance, and a long text offers a partner to nearly every sentence of
// another. Only the alignment (the sentences themselves compared) and shared sketch slots (word 3-shingles,
// name-number pairs: a chance agreement of a 16-bit slot value is 1 in 65,536) show a reader something. On a
// stored fingerprint only unchanged sentences and shared word sequences in bulk point at passages a reader
// can find in both texts; a sketch that shares a few slots (what same-event reports show too) makes the pair
// "possibly related", never a copy.
#include "firsthand/page/url_host.h"
#include "firsthand/verdict.h"

#include <algorithm>
#include <string>
#include <string_view>

namespace firsthand {
namespace {

// Aligned sentence pairs a text-level copy needs (fewer when the copy has fewer sentences), and the share of
// the copy's sentences they must cover.
constexpr std::size_t kMinAlignedPassages = 3;
constexpr double kMinCopyAlignedShare = 0.2;
// A rewrite follows its source, and two texts from one original follow it: most of the derived text's
// sentences come from the other, not a quarter (what the two same-event pairs of the reading sessions that
// the text level called a rewrite and same source share: 0.27 and 0.23, one pair in each half). Set on the
// fixture pairs, whose rewrites and same-source pairs align 0.5 or more. A spun copy keeps the lower floor: the
// spinner's swaps leave fewer of its sentences a third of their words, and its facts and length say copy.
constexpr double kMinFollowedShare = 0.4;
// Sketch resemblance a fingerprint-level copy needs: more than two of the 32 MinHash slots shared. One or two
// shared slots (a stock phrase, a common name-number pair) are what the best of a thousand unrelated
// articles shows, and the history proposes exactly the best of its articles. Set on the fixture pairs and the
// development half of the reading sessions: the weakest stored rewrite of the fixtures shares 0.074.
constexpr double kMinSharedSlots = 0.07;
// What a stored fingerprint must show for a copy to stand: a fair share of the copy's sentences unchanged
// (their whole-sentence sketches agree in all 40 bits: no chance match), or half the word 3-shingle slots
// shared (a Jaccard resemblance of the phrases that only a copy reaches). The four real same-event pairs the
// reading sessions had called copies on stored fingerprints (both halves) share at most a quarter of the
// shingle slots and no unchanged sentence.
constexpr double kMinUnchangedShare = kMinCopyAlignedShare;
constexpr double kMinCopiedShingles = 0.5;
constexpr double kSameEventFacts = 0.1;
constexpr double kRepublishedIdentical = 0.5;  // unchanged sentences of a site republishing its own article

// The copy side's share of sentences that found a partner in the alignment.
double copy_aligned_share(const Comparison& c, const Alignment& alignment) {
  if (c.source == Source::B) return alignment.aligned_share_a;
  if (c.source == Source::A) return alignment.aligned_share_b;
  return std::max(alignment.aligned_share_a, alignment.aligned_share_b);
}

std::size_t copy_sentences(const Comparison& c) {
  const std::uint32_t a = c.scores.sentences_a, b = c.scores.sentences_b;
  if (c.source == Source::B) return a;
  if (c.source == Source::A) return b;
  return std::min(a, b);
}

// The publisher's host of a URL, or nothing: an address with no domain name names no publisher.
std::string_view host_of(std::string_view url) {
  const std::string_view host = url_host(url);
  return is_local_host(host) ? std::string_view{} : host;
}

bool same_site(const Metadata& a, const Metadata& b) {
  const std::string_view host = host_of(a.canonical_url);
  return !host.empty() && host == host_of(b.canonical_url);
}

bool shows_copied_passages(const Comparison& c) {
  return std::max(c.scores.identical_a_in_b, c.scores.identical_b_in_a) >= kMinUnchangedShare ||
         c.scores.shingle_resemblance >= kMinCopiedShingles;
}

struct ThinEvidence {
  std::string reason;
  bool possibly_related = false;  // the stored tier shares something but cannot show it
};

// Nothing when the evidence holds; else the reason it does not.
std::optional<ThinEvidence> thin_evidence(const Comparison& c, const Metadata& a, const Metadata& b) {
  if (same_site(a, b) && std::max(c.scores.identical_a_in_b, c.scores.identical_b_in_a) < kRepublishedIdentical)
    return ThinEvidence{"Both pages are on " + std::string(host_of(a.canonical_url)) +
                        ": what they share is the site's own standing text, not a copy."};
  if (c.alignment) {
    const std::size_t pairs = c.alignment->pairs.size();
    const std::size_t needed = std::max<std::size_t>(1, std::min(kMinAlignedPassages, copy_sentences(c)));
    const double share = copy_aligned_share(c, *c.alignment);
    const bool follows = c.relation == Relation::Rewrite || c.relation == Relation::SameSource;
    if (pairs >= needed && share >= (follows ? kMinFollowedShare : kMinCopyAlignedShare)) return std::nullopt;
    return ThinEvidence{"Only " + std::to_string(pairs) + (pairs == 1 ? " passage" : " passages") +
                        " of the two texts correspond, too few to call either a copy of the other."};
  }
  if (c.scores.resemblance < kMinSharedSlots)
    return ThinEvidence{"The stored fingerprint shares no word sequence or fact with this page: not a copy."};
  // A stored article derived from this side (A) calls no page a copy: the page reads as the original, as an
  // article with no known relative does. Only a copy claim against the page needs passages to show.
  if (shows_copied_passages(c) || c.source == Source::A) return std::nullopt;
  return ThinEvidence{"Possibly related: the stored fingerprint shares some wording or facts with this page but "
                      "no unchanged passage, so no copy can be shown; open both to compare.",
                      true};
}

bool is_derived(Relation relation) {
  switch (relation) {
    case Relation::VerbatimCopy: case Relation::Syndicated: case Relation::SpunCopy: case Relation::Rewrite:
    case Relation::SameSource: return true;
    default: return false;
  }
}

}  // namespace

FlooredComparison floor_copy_claim(Comparison c, const Metadata& a, const Metadata& b) {
  if (!is_derived(c.relation)) return {std::move(c)};
  const auto why_not = thin_evidence(c, a, b);
  if (!why_not) return {std::move(c)};
  const bool same_event = c.scores.fact_resemblance >= kSameEventFacts || c.scores.shared_quotes >= 1.0;
  c.relation = same_event ? Relation::IndependentSameEvent : Relation::Unrelated;
  c.source = Source::Neither;
  c.credited_source.clear();
  c.confidence = 0.5;
  c.reasons = {why_not->reason};
  return {std::move(c), why_not->possibly_related};
}

Comparison require_copy_evidence(Comparison comparison, const Metadata& a, const Metadata& b) {
  return floor_copy_claim(std::move(comparison), a, b).comparison;
}

}  // namespace firsthand
