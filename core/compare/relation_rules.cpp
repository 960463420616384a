// The relation rules (compare.h), shared by both comparison levels. They read the scores of the side that
// would be the copy against the other. Which side is the copy: the one that credits a source, else the one
// that shows spin (a spinner's output is an end product, never what a writer or a scraper works from), else
// the shorter text, else the later date, else the page with no date against a dated one, else more round-trip
// artefacts, else the longer of two texts with as many sentences, else the shorter. Then:
//   0. both are copies of one parent: both credit the same source, or one credits a source while the other
//      is spun or dated later, or the spun side holds text the other lacks, or the unspun side's page is
//      dated after the spun one, or each keeps unchanged passages the other cut, or (as long, neither spun)
//      each keeps names and numbers the other drops, the shared ones in one order, or (read from the texts)
//      neither retells the other whole -> same source; a credit both keep counts only when it names neither
//      the writer nor a source the copy kept word for word from the other
//   0b. about as long and paired like a paraphrase by shared words, yet few sentences retold in order and
//      facts of its own on each side -> independent reporting on the same event
//   1. most of its sentences have an identical partner          -> verbatim copy (syndicated if it credits)
//   2. a good share has a partner sharing a third of its words  -> derived: spun copy when both texts are
//      about as long, rewrite when the copy is clearly shorter; a clearly shorter text that retells half its
//      sentences in the other's order with its facts in the other is a digest of it -> rewrite
//   3. as long, with the same names and numbers in the same order -> spun copy (heavy synonym swaps)
//   4. shared facts or quotes (or a run of words both quote, however each cut the quote) but few partner
//      sentences                                                -> independent reporting on the same event
// Topic words are left out of sentence sketches (fingerprint.cpp), so same-event articles do not pair up
// on "NATO", "Russia" and "talks" alone. A text that repeats a few words in nearly every sentence can be left
// with too few sketched sentences to pair; then the sentence shares are estimated from the shared word
// 3-shingles instead, so a missing sketch is never read as changed wording. The reasons name the sides as
// SideNames says (compare_reasons.cpp).
#include <algorithm>
#include <cmath>

#include "compare_reasons.h"
#include "firsthand/compare.h"
#include "firsthand/extract.h"
#include "firsthand/fingerprint/normalize.h"

namespace firsthand {
namespace {

constexpr double kVerbatimIdentical = 0.5;    // share of the copy's sentences found unchanged
// Share of each side's sentences unchanged in the other that makes the two one text, not two cuts of a story.
constexpr double kSameTextBothWays = 0.9;
constexpr double kDerivedAligned = 0.24;      // share of the copy's sentences with a reworded partner
constexpr double kSameLengthRatio = 0.75;     // shorter/longer word counts above this: same text, not a digest
// Two texts of the same length that are one text with swapped words correspond both ways; when only the
// copy's side finds partners (a fingerprint estimate inflated by shared facts), it is not the same text.
constexpr double kMutualAligned = 0.2;
// Round-trip artefacts per 100 sentences that mark a spun text, and the fewest that count at all. Set on the
// development half of the real pages of the reading sessions (professional text: capitalised names, titles and
// headings) against seed 001, a real round-trip translation (32 per 100 over 37 sentences).
constexpr std::uint32_t kSpunArtefacts = 30;
constexpr std::uint32_t kFewestArtefacts = 3;
constexpr std::uint32_t kSpunTortured = 15;   // tortured phrases per 100 sentences that mark a spun text
constexpr double kSpunFacts = 0.45;           // names and numbers in the same order: a spinner keeps them all
constexpr double kSameEventFacts = 0.1;       // fact-pair half of the sketch
constexpr double kSameEventAligned = 0.15;
// Share of a text's sentences missing from the other that marks passages of its own, not stray clutter
// (share buttons and newsletter lines that extraction left in).
constexpr double kOwnPassages = 1.0 / 3;

// Facts (names and numbers, fact_alignment.cpp). A derivative's facts are nearly all in its source, and most
// of them in the source's order; a text with a tenth of its facts its own, when the other has facts of its
// own too, is not the other's copy: both were taken from one original. Set on the copies set's dev half.
constexpr double kDerivedFactsKept = 0.75;     // share of the copy's facts found in the other
constexpr double kDerivedFactsInOrder = 0.55;  // share of the copy's facts in the other's order
// Some sentences must still correspond: same-event reports on real pages share most names of a story too.
constexpr double kDerivedFactsAligned = 0.1;
// A copy whose facts are nearly all in the other adds nothing of its own: derived even when a summary or a
// heavy rewrite reorders some of them or rewords every sentence.
constexpr double kContainedFacts = 0.9;
constexpr double kContainedFactsInOrder = 0.4;
// Fact pairs in the sketch (4 of its 16 fact slots), when few sentences correspond: a summary that keeps the
// facts' sequence. Seeds 002 and 004, two derivatives of one wire story, share 3.
constexpr double kContainedFactResemblance = 0.25;
// Order and containment of the aligned fact sequences tell a rewrite from a sibling. A rewrite's facts are
// all but a few in its source (the contained side); two derivatives of one parent each drop facts the other
// keeps, so neither is contained, yet neither adds as much of its own as separate reporting does, and their
// shared facts follow one order. Set on the copies set's dev half (the derivative pairs against the light,
// heavy and summary rewrites and the close independent reports); the order share alone does not separate
// them there (news tells its facts in sequence either way), it only keeps pairs whose facts are shuffled out.
constexpr double kContainedOwnShare = 0.05;   // the contained side's share of facts of its own, at most
constexpr double kSiblingOwnShare = 0.5;      // the fuller side's share of facts of its own, at most
constexpr double kSiblingInOrder = 0.5;       // share of the shared facts in one order in both
// Two derivatives of one parent are cut to about its length each: shorter/longer word counts. A text
// clearly shorter than the other that lacks some of its facts is a digest of it, not a sibling.
constexpr double kSiblingsAsLong = 0.83;
// Where the facts outside the shared sequence sit tells a rewrite from a sibling of the same length. A rewrite
// follows its source fact by fact, so what it drops or adds is a name here and a number there; two rewrites
// of one parent each cut or reworked different passages of it, so one of them has a stretch of its facts with
// none of the shared sequence in it. The longest such stretch, as a share of that side's facts: at least this
// in 21 of the dev half's 23 sibling pairs and in none of its 46 light and heavy paraphrases. (Independent
// reports have such stretches too, all 23 close calls of the dev half: that border is left to the order and
// the facts of their own.)
constexpr double kSiblingOffChain = 0.14;
// Both of two siblings cut something the other kept, so the other side has such a stretch too, if shorter; a
// copy that only drops its source's closing paragraphs leaves a stretch in the source alone, and it is a
// copy of that source, not its sibling. The largest floor for the shorter side's stretch that keeps every
// sibling pair of the dev half that the rule finds.
constexpr double kSiblingOffChainOther = 0.08;
// A paraphrase sentence by sentence pairs most of its sentences with the other's: a rewrite of it, whichever
// facts it respelled (German nouns are capitalised, so a light paraphrase's facts change with its words).
// Siblings on the dev half pair at most 0.42 of a side's sentences, its light paraphrases 0.48 or more.
constexpr double kSiblingMostAligned = 0.45;
// Siblings whose wording drifted apart so far that they are not derived from each other by the sentence
// shares still keep this share of sentences with a partner sharing a third of its words (dev half; seed 002,
// independent of seed 000, keeps 0.11-0.13).
constexpr double kSiblingAligned = 0.15;
// Sentences retold in order (soft_shares_in_order, text level), the fuller side's share: a rewrite as long as its
// source retells nearly every sentence of one of the two, merged or split (0.80 or more in the dev half's 46
// light and heavy paraphrases), two derivatives of one parent only what both kept of it (at most 0.69 in its
// 23 sibling pairs). Known only where both texts were read (a stored fingerprint keeps no words). The floor
// keeps a pair that retells almost nothing of either to the fact rules; any floor from 0.08 to 0.35 gives the
// dev half's figures.
constexpr double kSiblingRetoldMost = 0.75;
constexpr double kSiblingRetoldLeast = 0.2;
// A text about as long as the other (shorter/longer words) that shares its facts in another order and has
// many of its own is separate reporting, even where some sentences correspond (a press conference's quotes
// and numbers): a rewrite keeps its source's order (0.83-0.97 of the shared facts on the dev half's English
// rewrites), or is a digest, clearly shorter (seed 004, a real rewrite of 000 at 0.58 of its length, keeps
// 0.44 in order). Set on the copies set's dev half, whose close independent reports keep 0.44-0.77 in order.
constexpr double kReportsAsLong = 0.7;
constexpr double kReorderedInOrder = 0.8;
constexpr double kReportOwnShare = 0.14;  // the contained side's own facts, at least
constexpr std::uint32_t kFewestFacts = 5;      // fewer compared facts on either side say nothing about order
constexpr double kSameEventFactsShared = 0.3;  // share of one side's facts in the other: the same event
constexpr std::uint32_t kSameEventFactsCount = 3;
// Or fewer shared facts, told in one order: unrelated pages share a weekday or a council, in no order
// (at most 4 in order on the copies set's dev half), reports of one event tell its facts in sequence.
constexpr std::uint32_t kSameEventFactsInOrder = 5;
constexpr double kSameEventOrderedShare = 0.2;
// Or, read from both texts, sentences of each that retell one of the other in other words, in one order
// (soft_matched_in_order): another outlet's report that shares too few names and numbers to tell. Unrelated
// pairs of the copies set's dev half reach 0 (one stock phrase in order at most), its one same-event report
// that shares too few facts 0.09.
constexpr double kSameEventSoftInOrder = 0.08;
// Soft sentence partners in order (soft_sentences.cpp), read where both texts are at hand. A digest clearly
// shorter than the other (kReportsAsLong) whose sentences, half of them or more, each retell one of the
// other's in turn, and most of whose names and numbers are the other's, is derived from it even where its
// reworded sentences share too few words to pair and its facts are respelled (German capitalises every noun,
// so a rewrite's facts change with its words): the dev half's two German digests read 0.58 and 0.69 (no
// independent report there is clearly shorter than its peer).
constexpr double kDigestRetold = 0.5;
// Two texts of one length that pair sentences as a paraphrase does, yet whose sentences retell few of the
// other's in order (the smaller share of the two), while each has facts of its own: two reports of one press
// conference, not a paraphrase. Dev half: light and heavy paraphrases retell 0.69 or more, close independent
// reports 0.48 at most.
constexpr double kParaphraseRetold = 0.6;
// A run of words both texts quote, however each cut the quote: one speaker quoted by two reports. Long enough,
// with enough words that are not stop words, that no stock phrase makes it (the dev half's unrelated pairs
// share no quoted run of four words at all).
constexpr std::uint32_t kQuotedRunWords = 6;
constexpr std::uint32_t kQuotedRunContentWords = 3;
// A translation keeps the names and numbers and their order, in another language.
constexpr double kTranslatedFactsKept = 0.6;
constexpr double kTranslatedFactsInOrder = 0.5;

constexpr std::uint32_t kSwapVotes = 6;       // content-word swaps that must vote before their majority counts
// Swaps a spinner's output shows on its own: many word-for-word swaps, most to the rarer word. The volume
// tells: the language-model paraphrases of the copies set's dev half cast at most 14 votes; a synonym spinner
// swaps every other content word. Its majority need not be more than the swap sign's two of three: WordNet's
// synonyms are the rarer word in 52-88% of swaps on copies of real pages (dev half).
constexpr std::uint32_t kSpinnerSwapVotes = 20;
// Share of unchanged sentences under which a spinner's volume of swaps in the rest makes a text spun, not a
// verbatim copy with stray edits (spun copies of real pages keep 51-52% of their sentences, dev half).
constexpr double kSpunIdenticalCeiling = 0.75;
// Changed sentences that are the other's with single common words swapped in place (align.cpp): a spinner
// that swaps few words leaves most sentences unchanged, so the copy reads as verbatim but for these. A
// verbatim copy with a typo or two fixed, or a story updated in a sentence, has one or two such sentences:
// several swaps spread over several sentences, and most of the changed sentences changed this way, are a
// spinner's. Floors set on the dev half of the made copies: its lightest spun copies (73-91% of sentences
// unchanged) have 5 of 6 and 5 of 8 changed sentences swapped in place, with 6 swaps each; no dev copy of
// another kind, no fixture pair and no real page of the reading sessions reaches them (see spun_in_place).
constexpr std::uint32_t kFewestSwappedPairs = 3;
constexpr std::uint32_t kFewestInPlaceSwaps = 5;
constexpr double kSwappedPairsShare = 0.5;
constexpr double kAboutAsLong = 0.1;          // |log(length ratio)| below this: neither text is a digest
// A side with fewer sketched sentences than this (or than it has sentences), or than this share of its
// sentences, gives no sentence evidence: a few sketches would decide the shares alone.
constexpr std::uint32_t kFewestSketched = 3;
constexpr double kSketchedShare = 0.25;

bool has_sentence_evidence(std::uint32_t sketched, std::uint32_t sentences) {
  return sketched >= std::min(kFewestSketched, sentences) && sketched >= kSketchedShare * sentences;
}

// Estimated share of x's word 3-shingles that y also has, from their Jaccard resemblance with the word
// counts standing in for the set sizes: |x ∩ y| = J (|x| + |y|) / (1 + J).
double shingle_containment(double resemblance, double words_x_over_y) {
  if (words_x_over_y <= 0) return 0;
  return std::min(1.0, resemblance * (1 + 1 / words_x_over_y) / (1 + resemblance));
}

bool about_as_long(const PairScores& s) {
  return s.length_ratio > 0 && std::fabs(std::log(s.length_ratio)) <= kAboutAsLong;
}

// A side's spin evidence. Word swaps are relative (the side with the rarer words in two of three swaps) and
// are read only between texts of about the same length: a digest rewords for its own reasons.
reasons::SpinSigns spin_signs(const PairScores& s, bool side_a) {
  reasons::SpinSigns signs;
  const std::uint32_t artefacts = side_a ? s.artefacts_a : s.artefacts_b;
  const std::uint32_t sentences = side_a ? s.sentences_a : s.sentences_b;
  const auto tortured = side_a ? s.tortured_a : s.tortured_b;
  const std::uint32_t rarer = side_a ? s.rarer_swaps_a : s.rarer_swaps_b;
  const std::uint32_t plainer = side_a ? s.rarer_swaps_b : s.rarer_swaps_a;
  if (reads_round_trip(artefacts, sentences)) signs.artefacts_per_100 = artefacts;
  if (tortured && *tortured >= kSpunTortured) signs.tortured_per_100 = tortured;
  if (about_as_long(s) && rarer + plainer >= kSwapVotes && rarer >= 2 * plainer)
    signs.rarer_swaps = std::pair(rarer, rarer + plainer);
  return signs;
}

// Spin a spinner leaves on its own: round-trip artefacts, tortured phrases, or a spinner's volume of swaps to
// rarer words. A rewriter's paraphrase swaps fewer words, and prefers the longer one about as often as a
// spinner does, so a few swaps alone say neither which side is derived nor that a page is an end product.
bool spinner_grade(const reasons::SpinSigns& spin) {
  const auto& swaps = spin.rarer_swaps;
  const bool spinner_swaps = swaps && swaps->second >= kSpinnerSwapVotes;
  return spin.artefacts_per_100 || spin.tortured_per_100 || spinner_swaps;
}

// A spinner's volume of word-for-word swaps between two texts of one length, whichever word each swap chose:
// the pair is a spinner's input and output even when the swaps name neither side (WordNet's synonyms are the
// rarer word in about half of them: 160 of 252, 22 of 35 on spun copies of real pages, dev half). Which side
// was spun is then left to the other evidence.
bool spinner_volume(const PairScores& s) {
  return about_as_long(s) && s.rarer_swaps_a + s.rarer_swaps_b >= kSpinnerSwapVotes;
}

// A credit of one name with nothing saying the text was republished ("by Redaktion", "— Elliana"): the writer's
// signature. A record read back without the credit's line keeps only the name, which then decides alone.
bool signature_credit(const Metadata& m) {
  return m.credit_evidence.empty() ? !is_republication_credit(m) : is_author_credit(m);
}

// Whether a side's credit says it took its text from elsewhere. A publisher named only as the author ("by
// Northwire", "by Redaktion", "— Unsplash") is the page's own house name as often as a wire: on a page dated
// before the other it is that page's own authorship, the other its later copy, unless the other side is that
// publisher. A known article read back from the history's records keeps the credit's name but not the line
// it came from: unless the name itself says wire or agency, it is taken for such an author credit, as it is
// when the article's text is still at hand ("by Redaktion" stored as "Redaktion" made a later copy of it
// the original's sibling).
bool credits_a_source(const Metadata& m, const Metadata& other) {
  if (m.credit.empty()) return false;
  const bool dated_before_other = !m.date.empty() && other.date > m.date;
  return !signature_credit(m) || is_credited_publisher(m.credit, other) || !dated_before_other;
}

// The credit names who wrote the text, not a source it was taken from: the byline of either page, or a
// signature. A copy keeps its original's byline and signed lines with the text.
bool credit_names_writer(const Metadata& m, const Metadata& other) {
  const std::string c = fold_text(m.credit);
  const auto is_byline = [&c](const Metadata& page) { return !page.byline.empty() && fold_text(page.byline) == c; };
  return is_byline(m) || is_byline(other) || signature_credit(m);
}

// Both pages credit one name that is neither page's publisher.
bool shared_outside_credit(const Metadata& copy_meta, const Metadata& other_meta) {
  return !copy_meta.credit.empty() && fold_text(copy_meta.credit) == fold_text(other_meta.credit) &&
         !is_credited_publisher(copy_meta.credit, copy_meta) && !is_credited_publisher(copy_meta.credit, other_meta);
}

// Which side is the copy, when the evidence says: a side that credits a source copied it; a spun side was
// derived. Nothing when both sides carry the same evidence.
std::optional<bool> a_is_copy_by_evidence(const PairScores& s, const Metadata& a, const Metadata& b) {
  const bool a_credits = credits_a_source(a, b), b_credits = credits_a_source(b, a);
  if (a_credits != b_credits) return a_credits;
  const bool spun_a = spinner_grade(spin_signs(s, true)), spun_b = spinner_grade(spin_signs(s, false));
  if (spun_a != spun_b) return spun_a;
  return std::nullopt;
}

bool a_looks_like_copy(const PairScores& s, const Metadata& a, const Metadata& b) {
  if (const auto by_evidence = a_is_copy_by_evidence(s, a, b)) return *by_evidence;
  if (s.length_ratio > 0 && !about_as_long(s)) return s.length_ratio < 1.0;
  // Dates before style: two dates are evidence a reader can check, while a few round-trip artefacts short of
  // a spinner's grade are style, which an original's own text shows too (up to 7 per 100 in the copies set's
  // dev half), and a copy that lost its page's markup (plain text, hard-wrapped) reads one or two differently.
  if (!a.date.empty() && !b.date.empty() && a.date != b.date) return a.date > b.date;
  // A page that states when it was published against one that states nothing: a publisher dates its own
  // article, while a copy's page often drops the date with the rest of the source's markup (a scrape, a
  // paraphrase pasted into a farm's template, plain text).
  if (a.date.empty() != b.date.empty()) return a.date.empty();
  if (s.artefacts_a != s.artefacts_b) return s.artefacts_a > s.artefacts_b;
  // A few swaps to rarer words are weaker than a date, yet still lean one way.
  const bool swaps_a = spin_signs(s, true).any(), swaps_b = spin_signs(s, false).any();
  if (swaps_a != swaps_b) return swaps_a;
  // Length last. A paraphrase with as many sentences as its source restates each in turn and runs a little
  // longer (the longer side in 18 of the copies set's 23 light paraphrases, dev half); one that merges and splits
  // sentences condenses as it goes, and is the shorter.
  if (s.sentences_a > 0 && s.sentences_a == s.sentences_b && s.length_ratio != 1.0) return s.length_ratio > 1.0;
  return s.length_ratio <= 1.0;
}

// What the fact sequences say, whichever side is the copy: the side more of whose facts the other holds.
struct FactEvidence {
  bool a_contained = false;      // A's facts are the ones more contained in B's
  double kept = 0, other_kept = 0;  // shares of the contained side's facts, and of the other's, found in the other
  double in_order = 0;           // share of the contained side's facts in the other's order
  std::uint32_t compared = 0, other_compared = 0, own = 0, other_own = 0;
  std::uint32_t shared = 0, shared_in_order = 0;  // facts both have; the most of them in one order in both
  // The longest stretch of one side's facts outside the shared sequence, as a share of that side's facts (the
  // larger of the two sides'), its length, that side's facts, and whether that side is A.
  double off_chain = 0;
  std::uint32_t off_chain_run = 0, off_chain_of = 0;
  bool off_chain_in_a = false;
  double off_chain_other = 0;  // the same share on the other side
  bool enough() const { return compared >= kFewestFacts && other_compared >= kFewestFacts; }
  reasons::FactCounts counts() const { return {own, other_own, shared, shared_in_order}; }
  double in_order_share() const { return shared ? static_cast<double>(shared_in_order) / shared : 0; }
  bool derived(double aligned, double fact_resemblance) const {
    if (!enough()) return false;
    if (kept >= kContainedFacts && in_order >= kContainedFactsInOrder &&
        (aligned >= kDerivedFactsAligned || fact_resemblance >= kContainedFactResemblance))
      return true;
    return kept >= kDerivedFactsKept && in_order >= kDerivedFactsInOrder && aligned >= kDerivedFactsAligned;
  }
  // A passage of one side's facts that the other does not follow: a sibling's cut, not a rewrite's edits.
  bool cut_apart() const {
    return enough() && off_chain >= kSiblingOffChain && off_chain_other >= kSiblingOffChainOther;
  }
  // One side's facts are all but a few in the other: a rewrite of it, not a sibling.
  bool contained() const { return enough() && 1 - kept <= kContainedOwnShare; }
  // Each keeps facts the other drops (neither is contained), neither adds as much of its own as separate
  // reporting, and the shared facts follow one order: two derivatives of one parent.
  bool each_drops() const {
    return enough() && !contained() && 1 - other_kept <= kSiblingOwnShare &&
           in_order_share() >= kSiblingInOrder;
  }
  // Each has many facts of its own, and the shared ones come in another order: separate reporting.
  bool reordered() const {
    return enough() && shared > 0 && 1 - kept >= kReportOwnShare && in_order_share() < kReorderedInOrder;
  }
};

// CJK text has no capitalised names: its fact anchors are content-defined bigrams, which a spinner's swaps
// change as readily as any other, so they say nothing of who added what.
FactEvidence fact_evidence(const PairScores& s) {
  FactEvidence e;
  if (s.language_a == TextLanguage::Cjk || s.language_b == TextLanguage::Cjk) return e;
  const FactMatch& m = s.facts;
  e.a_contained = m.a_in_b >= m.b_in_a;
  e.kept = e.a_contained ? m.a_in_b : m.b_in_a;
  e.other_kept = e.a_contained ? m.b_in_a : m.a_in_b;
  e.compared = e.a_contained ? m.compared_a : m.compared_b;
  e.other_compared = e.a_contained ? m.compared_b : m.compared_a;
  e.in_order = e.compared ? static_cast<double>(m.in_order) / e.compared : 0;
  e.own = e.compared - static_cast<std::uint32_t>(std::lround(e.kept * e.compared));
  e.other_own = e.other_compared - static_cast<std::uint32_t>(std::lround(e.other_kept * e.other_compared));
  e.shared = m.common;
  e.shared_in_order = m.in_order;
  const double off_a = m.compared_a ? static_cast<double>(m.off_chain_a) / m.compared_a : 0.0;
  const double off_b = m.compared_b ? static_cast<double>(m.off_chain_b) / m.compared_b : 0.0;
  e.off_chain_in_a = off_a >= off_b;
  e.off_chain = std::max(off_a, off_b);
  e.off_chain_other = std::min(off_a, off_b);
  e.off_chain_run = e.off_chain_in_a ? m.off_chain_a : m.off_chain_b;
  e.off_chain_of = e.off_chain_in_a ? m.compared_a : m.compared_b;
  return e;
}

bool languages_differ(const PairScores& s) {
  return s.language_a != TextLanguage::Unknown && s.language_b != TextLanguage::Unknown && s.language_a != s.language_b;
}

// Words a language takes for what English says in one: French and Spanish spell out articles and
// prepositions, German joins nouns into compounds. Read from the translation pairs of the copies set's dev
// half (each direction's length ratio, which is this factor times the translator's own lengthening).
double words_per_english_word(TextLanguage language) {
  switch (language) {
    case TextLanguage::German: return 0.92;
    case TextLanguage::French: return 1.07;
    case TextLanguage::Spanish: return 1.08;
    default: return 1.0;
  }
}

// Which side of a translation pair is the original: the earlier dated one; else the shorter in words once
// each side's count is put in English words, as translations spell out what the original implies
// (explicitation) and run longer more often than not.
Source translation_source(const PairScores& s, const Metadata& a, const Metadata& b) {
  if (!a.date.empty() && !b.date.empty() && a.date != b.date) return a.date < b.date ? Source::A : Source::B;
  const double ratio = s.length_ratio * words_per_english_word(s.language_b) / words_per_english_word(s.language_a);
  return ratio <= 1.0 ? Source::A : Source::B;
}

struct Sides {
  bool a_is_copy;
  // The shares are read from the copy's side, except when the spun copy is the clearly longer text: then
  // from the shorter side, as its content is what both keep.
  bool read_from_other;
  double copy_identical, other_identical, copy_aligned, other_aligned;
  bool shares_from_shingles;  // too few sketched sentences: the shares above are shingle containments
  reasons::SpinSigns copy_spin, other_spin;
  double length_ratio;  // shorter / longer
  bool copy_is_longer;
};

Sides orient(const PairScores& s, const Metadata& a, const Metadata& b) {
  Sides o{};
  o.a_is_copy = a_looks_like_copy(s, a, b);
  o.copy_spin = spin_signs(s, o.a_is_copy);
  o.other_spin = spin_signs(s, !o.a_is_copy);
  o.length_ratio = s.length_ratio <= 0 ? 0 : std::min(s.length_ratio, 1.0 / s.length_ratio);
  o.copy_is_longer = o.a_is_copy ? s.length_ratio > 1.0 : s.length_ratio < 1.0;
  o.read_from_other = o.copy_is_longer && o.length_ratio < kSameLengthRatio && o.copy_spin.any() && !o.other_spin.any();
  const bool read_a = o.a_is_copy != o.read_from_other;
  o.copy_identical = read_a ? s.identical_a_in_b : s.identical_b_in_a;
  o.other_identical = read_a ? s.identical_b_in_a : s.identical_a_in_b;
  o.copy_aligned = read_a ? s.aligned_a_in_b : s.aligned_b_in_a;
  o.other_aligned = read_a ? s.aligned_b_in_a : s.aligned_a_in_b;
  o.shares_from_shingles =
      !has_sentence_evidence(s.sketched_a, s.sentences_a) || !has_sentence_evidence(s.sketched_b, s.sentences_b);
  if (o.shares_from_shingles) {
    // Unchanged word sequences stand for unchanged sentences, and a shingle shared is no evidence of a
    // reworded one, so the reworded share is the unchanged one.
    const double a_in_b = shingle_containment(s.shingle_resemblance, s.length_ratio);
    const double b_in_a = s.length_ratio > 0 ? shingle_containment(s.shingle_resemblance, 1 / s.length_ratio) : 0;
    o.copy_identical = o.copy_aligned = read_a ? a_in_b : b_in_a;
    o.other_identical = o.other_aligned = read_a ? b_in_a : a_in_b;
  }
  return o;
}

// Two texts about as long, not paraphrases sentence by sentence, each keeping facts the other drops, in one
// order (FactEvidence::each_drops).
bool siblings_by_facts(const Sides& o, const FactEvidence& facts) {
  return o.length_ratio >= kSiblingsAsLong && std::max(o.copy_aligned, o.other_aligned) < kSiblingMostAligned &&
         facts.each_drops();
}

// Nearly every sentence of each side unchanged in the other: one text, which a copy of a page that carries
// its own credit line keeps too. Two pages that each took a story from one source cut or edit it apart.
bool same_text_both_ways(const Sides& o) {
  return o.copy_identical >= kSameTextBothWays && o.other_identical >= kSameTextBothWays;
}

// The copy's credit is one its source carries too and the copy kept with the text: the writer both name, or
// any credit when the two are one text both ways. It says where the source got the text, not the copy.
bool credit_kept_from_source(const Sides& o, const Metadata& copy_meta, const Metadata& other_meta) {
  return shared_outside_credit(copy_meta, other_meta) &&
         (same_text_both_ways(o) ||
          (credit_names_writer(copy_meta, other_meta) && credit_names_writer(other_meta, copy_meta)));
}

// Why neither side can be the other's source although one text underlies both, or nothing.
std::optional<std::string> common_parent(const Sides& o, const Metadata& copy_meta, const Metadata& other_meta,
                                         const reasons::Names& n) {
  if (shared_outside_credit(copy_meta, other_meta) && !credit_kept_from_source(o, copy_meta, other_meta))
    return reasons::both_credit(n, copy_meta.credit);
  const bool credits_someone_else = credits_a_source(copy_meta, other_meta) && other_meta.credit.empty() &&
                                    !is_credited_publisher(copy_meta.credit, other_meta);
  if (credits_someone_else && o.other_spin.any())
    return reasons::credited_beside_spun(n, copy_meta.credit, o.other_spin);
  // A copy that credits an agency cannot have taken its text from a page dated after it.
  if (credits_someone_else && !copy_meta.date.empty() && other_meta.date > copy_meta.date)
    return reasons::credited_before_other(n, copy_meta.credit);
  if (o.read_from_other) return reasons::spun_holds_more(n, o.copy_spin);
  // Unchanged sentences both ways, yet each side keeps passages with no counterpart at all in the other:
  // neither contains the other, both were cut from one longer text.
  const auto cut_from_more = [](double identical, double aligned) {
    return identical >= kVerbatimIdentical && aligned <= 1.0 - kOwnPassages;
  };
  if (cut_from_more(o.copy_identical, o.copy_aligned) && cut_from_more(o.other_identical, o.other_aligned))
    return reasons::differing_cuts(n, 1.0 - o.copy_aligned, 1.0 - o.other_aligned);
  // The spun text derives from the other's wording, yet the other page is dated later: that page cannot be
  // where the wording first appeared.
  if (spinner_grade(o.copy_spin) && !o.other_spin.any() && !copy_meta.date.empty() && other_meta.date > copy_meta.date)
    return reasons::source_dated_later(n, o.copy_spin);
  return std::nullopt;
}

// The shorter text's share of sentences retelling the other's in order, when both texts were read for it.
std::optional<double> shorter_side_retold(const PairScores& s) {
  if (!s.soft_shares) return std::nullopt;
  return s.length_ratio < 1.0 ? s.soft_shares->a_in_b : s.soft_shares->b_in_a;
}

// A clearly shorter text that retells the other sentence by sentence, with the other's facts (kDigestRetold).
bool retold_digest(const PairScores& s, const Sides& o, const FactEvidence& facts) {
  const std::optional<double> retold = shorter_side_retold(s);
  return retold && o.length_ratio < kReportsAsLong && *retold >= kDigestRetold && facts.enough() &&
         facts.kept >= kDerivedFactsKept;
}

// Two texts of one length that retell few of each other's sentences and each have facts of their own
// (kParaphraseRetold).
bool retold_apart(const PairScores& s, const Sides& o, const FactEvidence& facts) {
  return s.soft_shares && o.length_ratio >= kReportsAsLong && s.soft_in_order < kParaphraseRetold &&
         facts.enough() && 1 - facts.kept >= kReportOwnShare;
}

// What the copy's shares say: unchanged or reworded sentences, or shared phrases when they stood in.
std::string shares_reason(const Sides& o, const reasons::Names& n) {
  if (o.shares_from_shingles) return reasons::shared_phrases(n, o.copy_identical);
  return o.copy_identical >= kVerbatimIdentical ? reasons::unchanged(n, o.copy_identical)
                                                : reasons::reworded(n, o.copy_aligned, o.copy_identical);
}

// Confidence grows with the distance of the deciding score from its threshold, within [0.5, 0.99].
double confidence_from_margin(double score, double threshold, double scale) {
  return std::clamp(0.5 + std::fabs(score - threshold) / scale, 0.5, 0.99);
}

}  // namespace

// A credit names the publisher a copy took its text from; the side whose own site is that publisher is the
// original, not a sibling.
bool is_credited_publisher(const std::string& credit, const Metadata& meta) {
  if (credit.empty()) return false;
  const std::string c = fold_text(credit);
  return (!meta.site_name.empty() && fold_text(meta.site_name).find(c) != std::string::npos) ||
         (!meta.canonical_url.empty() && fold_text(meta.canonical_url).find(c) != std::string::npos);
}

bool spun_in_place(const PairScores& s) {
  return about_as_long(s) && s.swapped_pairs >= kFewestSwappedPairs && s.in_place_swaps >= kFewestInPlaceSwaps &&
         s.swapped_pairs >= kSwappedPairsShare * s.changed_pairs;
}

bool reads_round_trip(std::uint32_t artefacts_per_100_sentences, std::uint32_t sentences) {
  // An unknown sentence count (scores built without fingerprints) leaves the rate to decide alone.
  return artefacts_per_100_sentences >= kSpunArtefacts &&
         (sentences == 0 || static_cast<std::uint64_t>(artefacts_per_100_sentences) * sentences >= kFewestArtefacts * 100ull);
}

bool shows_spin(std::uint32_t artefacts_per_100_sentences, std::uint32_t sentences,
                std::optional<std::uint32_t> tortured_per_100_sentences) {
  PairScores one_side;
  one_side.artefacts_a = artefacts_per_100_sentences;
  one_side.sentences_a = sentences;
  one_side.tortured_a = tortured_per_100_sentences;
  return spin_signs(one_side, true).any();
}

Comparison classify(const PairScores& s, const Metadata& meta_a, const Metadata& meta_b, const SideNames& names) {
  Comparison c;
  c.scores = s;
  const Sides o = orient(s, meta_a, meta_b);
  const Source source_side = o.a_is_copy ? Source::B : Source::A;
  const reasons::Names n{o.a_is_copy ? names.a : names.b, o.a_is_copy ? names.b : names.a};
  const Metadata& copy_meta = o.a_is_copy ? meta_a : meta_b;
  const Metadata& other_meta = o.a_is_copy ? meta_b : meta_a;
  const FactEvidence facts = fact_evidence(s);
  // The contained side's facts, named as the reasons name it.
  const reasons::Names fact_names{facts.a_contained ? names.a : names.b, facts.a_contained ? names.b : names.a};

  // Across languages no sentence pairs up: the names and numbers, in order, are the evidence.
  if (languages_differ(s) && facts.enough() && facts.kept >= kTranslatedFactsKept &&
      facts.in_order >= kTranslatedFactsInOrder) {
    c.relation = Relation::Translation;
    c.source = translation_source(s, meta_a, meta_b);
    c.confidence = confidence_from_margin(facts.in_order, kTranslatedFactsInOrder, 0.5);
    c.reasons.push_back(reasons::translated(fact_names, facts.kept, facts.in_order));
    return c;
  }

  const bool derived_by_sentences = o.copy_identical >= kVerbatimIdentical ||
                                    (o.copy_aligned >= kDerivedAligned &&
                                     (o.length_ratio < kSameLengthRatio || o.other_aligned >= kMutualAligned)) ||
                                    (o.length_ratio >= kSameLengthRatio && s.fact_resemblance >= kSpunFacts);
  const double most_aligned = std::max(s.aligned_a_in_b, s.aligned_b_in_a);
  const bool derived_by_facts = facts.derived(most_aligned, s.fact_resemblance);
  const bool derived_by_retelling = retold_digest(s, o, facts);
  const bool derived = derived_by_sentences || derived_by_facts || derived_by_retelling;

  if (derived) {
    std::optional<std::string> why = common_parent(o, copy_meta, other_meta, n);
    // Neither text retells the other sentence by sentence, though the sentences both kept still correspond.
    const double fuller_retold = s.soft_shares ? s.soft_shares->fuller() : 0;
    const bool retold_in_part = fuller_retold >= kSiblingRetoldLeast && fuller_retold < kSiblingRetoldMost;
    // Two rewrites of one original, about as long, neither spun: each keeps facts of the original that the
    // other dropped. A copy that keeps the facts' order but few words is a spinner's (rule 3 below), whose
    // swaps reach names too ("Old Harbour Bridge" -> "Aged Harbour Span"): those are not facts of its own.
    const bool heavy_swaps = s.fact_resemblance >= kSpunFacts && o.copy_aligned < kDerivedAligned;
    const bool reworded_alike = o.copy_identical < kVerbatimIdentical && !o.copy_spin.any() && !o.other_spin.any() &&
                                !heavy_swaps;
    // Two rewrites of one parent, as long, neither spun: one has a passage of facts the other does not follow
    // (a rewrite's facts follow its source's all along), or, read from the texts, neither retells the other
    // whole, unless the shared facts come in another order as another outlet's report tells them (below).
    // Facts that each side keeps apart in one order, with no such passage, are a rewrite's edits.
    const bool one_order_apart = siblings_by_facts(o, facts);
    const bool reported_apart =
        reworded_alike && o.length_ratio >= kReportsAsLong && facts.reordered() && !one_order_apart;
    const bool cut_apart = !why && reworded_alike && o.length_ratio >= kSiblingsAsLong &&
                           (facts.cut_apart() || retold_in_part) && (one_order_apart || !reported_apart);
    // The reason names the evidence that decided: the facts each side keeps apart, or else the partial retelling.
    if (cut_apart)
      why = facts.cut_apart() ? reasons::facts_kept_apart(fact_names, facts.counts(), true)
                              : reasons::retold_in_part(names, fuller_retold);
    if (why) {
      c.relation = Relation::SameSource;
      c.source = Source::Neither;
      c.confidence = confidence_from_margin(std::max(o.copy_aligned, o.copy_identical), kDerivedAligned, 0.4);
      const reasons::Names read = o.read_from_other ? reasons::Names{n.other, n.copy} : n;
      c.reasons.push_back(shares_reason(o, read));
      c.reasons.push_back(std::move(*why));
      if (cut_apart && facts.cut_apart())
        c.reasons.push_back(reasons::passage_not_followed(facts.off_chain_in_a ? names.a : names.b,
                                                          facts.off_chain_in_a ? names.b : names.a,
                                                          facts.off_chain_run, facts.off_chain_of));
      return c;
    }
    // Derived by a few corresponding sentences, yet as long, in another order of facts and with many facts
    // of its own: another outlet's report of the same event (the sentences that pair are its quotes).
    if (reported_apart) {
      c.relation = Relation::IndependentSameEvent;
      c.confidence = confidence_from_margin(facts.in_order_share(), kReorderedInOrder, 0.5);
      c.reasons.push_back(reasons::separate_reporting(names, true, s.shared_quotes, most_aligned));
      c.reasons.push_back(reasons::facts_kept_apart(fact_names, facts.counts(), false));
      return c;
    }
    // Paired as a paraphrase by shared words, yet as long, retelling few of each other's sentences in order,
    // each with facts of its own: another outlet's report of the same press conference.
    if (reworded_alike && retold_apart(s, o, facts)) {
      c.relation = Relation::IndependentSameEvent;
      c.confidence = confidence_from_margin(s.soft_in_order, kParaphraseRetold, 0.5);
      c.reasons.push_back(reasons::separate_reporting(names, true, s.shared_quotes, most_aligned));
      c.reasons.push_back(reasons::few_retold(fact_names, s.soft_in_order, facts.counts()));
      return c;
    }
  }

  // Half its sentences unchanged, the rest swapped word for word in a spinner's volume: spun, not copied.
  // Or most of its changed sentences are the other's with common words swapped in place.
  const bool spun_half = (spinner_volume(s) && o.copy_identical < kSpunIdenticalCeiling) || spun_in_place(s);
  if (o.copy_identical >= kVerbatimIdentical && !spun_half) {
    c.source = source_side;
    c.confidence = confidence_from_margin(o.copy_identical, kVerbatimIdentical, 0.5);
    c.reasons.push_back(shares_reason(o, n));
    const bool kept_credit = credit_kept_from_source(o, copy_meta, other_meta);
    if (!copy_meta.credit.empty() && !kept_credit) {
      c.relation = Relation::Syndicated;
      c.credited_source = copy_meta.credit;
      c.reasons.push_back(reasons::credits(n, copy_meta.credit, copy_meta.credit_evidence));
    } else {
      c.relation = Relation::VerbatimCopy;
      c.reasons.push_back(kept_credit ? reasons::kept_credit(n, copy_meta.credit) : reasons::uncredited(n));
    }
    return c;
  }

  if (o.length_ratio >= kSameLengthRatio && s.fact_resemblance >= kSpunFacts && o.copy_aligned < kDerivedAligned) {
    c.relation = Relation::SpunCopy;
    c.source = source_side;
    c.confidence = confidence_from_margin(s.fact_resemblance, kSpunFacts, 0.5);
    c.reasons.push_back(reasons::same_facts_swapped_words(n, s.fact_resemblance));
    if (o.copy_spin.any()) c.reasons.push_back(reasons::spin_shown(n, o.copy_spin));
    return c;
  }

  if (derived) {
    c.confidence = confidence_from_margin(o.copy_aligned, kDerivedAligned, 0.4);
    c.source = source_side;
    c.reasons.push_back(shares_reason(o, n));
    if (derived_by_facts) c.reasons.push_back(reasons::follows_facts(fact_names, facts.kept, facts.in_order));
    if (derived_by_retelling && !derived_by_sentences && !derived_by_facts)
      c.reasons.push_back(reasons::digest_retold(n, *shorter_side_retold(s), facts.kept));
    // As long, reworded, yet a third of its words kept sentence by sentence: a spinner's output when it
    // shows a spinner's artefacts (round-trip or tortured phrases) or a spinner's volume of swaps to rarer
    // words; otherwise a rewriter's paraphrase, whose fewer swaps prefer longer words as often as a spinner's
    // do, so a few word swaps alone do not tell. Without readable
    // facts (CJK text, too few names) the wording alone decides, and as long is spun. (A copy that keeps
    // its facts but few of its words is spun: the rule above.)
    if (o.length_ratio >= kSameLengthRatio &&
        (spinner_grade(o.copy_spin) || spinner_volume(s) || spun_in_place(s) || !facts.enough())) {
      c.relation = Relation::SpunCopy;
      c.reasons.push_back(reasons::as_long(o.length_ratio));
      if (spun_in_place(s))
        c.reasons.push_back(reasons::swapped_in_place(n, s.swapped_pairs, s.changed_pairs, s.in_place_swaps));
      if (o.copy_spin.any()) c.reasons.push_back(reasons::spin_shown(n, o.copy_spin));
    } else {
      c.relation = Relation::Rewrite;
      c.reasons.push_back(o.length_ratio >= kSameLengthRatio ? reasons::paraphrased(n, o.length_ratio)
                                                             : reasons::shorter(n, o.length_ratio));
    }
    return c;
  }

  const double aligned = most_aligned;
  // Two derivatives of one parent whose wording drifted too far apart to pair as derived: their facts still
  // say siblings, when some sentences still correspond and neither text shows spin.
  if (aligned >= kSiblingAligned && !o.copy_spin.any() && !o.other_spin.any() && siblings_by_facts(o, facts)) {
    c.relation = Relation::SameSource;
    c.source = Source::Neither;
    c.confidence = confidence_from_margin(aligned, kSiblingAligned, 0.4);
    c.reasons.push_back(shares_reason(o, n));
    c.reasons.push_back(reasons::facts_kept_apart(fact_names, facts.counts(), true));
    return c;
  }
  const bool shares_facts = s.fact_resemblance >= kSameEventFacts ||
                            (s.facts.common >= kSameEventFactsCount && facts.kept >= kSameEventFactsShared) ||
                            (s.facts.in_order >= kSameEventFactsInOrder && facts.kept >= kSameEventOrderedShare);
  const bool quotes_one_speaker =
      s.quoted_run.words >= kQuotedRunWords && s.quoted_run.content_words >= kQuotedRunContentWords;
  const bool shares_sentences = s.shared_quotes >= 1.0 || aligned >= kSameEventAligned || quotes_one_speaker;
  if (shares_facts || shares_sentences) {
    c.relation = Relation::IndependentSameEvent;
    c.confidence = confidence_from_margin(o.copy_aligned, kDerivedAligned, 0.3);
    c.reasons.push_back(
        reasons::separate_reporting(names, shares_facts, s.shared_quotes, aligned));
    if (quotes_one_speaker && s.shared_quotes < 1.0) c.reasons.push_back(reasons::quoted_run(names, s.quoted_run.text));
    return c;
  }
  if (s.soft_in_order >= kSameEventSoftInOrder) {
    c.relation = Relation::IndependentSameEvent;
    c.confidence = confidence_from_margin(s.soft_in_order, kSameEventSoftInOrder, 0.3);
    c.reasons.push_back(reasons::retold_in_order(names, s.soft_in_order));
    return c;
  }
  c.relation = Relation::Unrelated;
  c.confidence = confidence_from_margin(s.fact_resemblance, kSameEventFacts, 0.2);
  c.reasons.push_back("No shared passages, facts or quotes.");
  return c;
}

}  // namespace firsthand
