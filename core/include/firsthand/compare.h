// Stage 4 of 7, compare: two articles or fingerprints -> scores, alignment, relation and reasons. Includes only
// the stages before it.
//
// Pairwise comparison: how page A relates to article B, at two levels.
//  - Fingerprint level: from two fingerprints and their metadata only (what history and packs store).
//  - Text level: both articles' text; the same scores from rich fingerprints, plus the aligned passage pairs
//    (which sentence of A matches which of B, which words were substituted) for the diff view.
// Both levels classify with the same rules (relation_rules.cpp), so a stored fingerprint gives the same
// relation as the text it came from, except where a rule reads what only the texts hold (the sentences retold
// in order, the words both quote): those scores are unknown at fingerprint level and their rules stay silent.
#pragma once
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "firsthand/extract/article.h"
#include "firsthand/fingerprint.h"

namespace firsthand {

enum class Relation : std::uint8_t {
  VerbatimCopy,          // same text, maybe trimmed or with clutter
  Syndicated,            // a copy that credits its source ("by Reuters")
  SpunCopy,              // synonym substitution or round-trip translation of the same text
  Rewrite,               // shortened or reworded derivative that follows the source's facts in order
  SameSource,            // both derive from one original; neither copies the other
  Translation,           // the same article in another language: its names, numbers and their order kept
  IndependentSameEvent,  // own reporting on the same event: shared quotes and facts alone
  Unrelated,
};
const char* relation_name(Relation relation);  // "verbatim_copy", ...
std::optional<Relation> relation_from_name(std::string_view name);

// Which side of the pair looks like the source of the other.
enum class Source : std::uint8_t { Neither, A, B };

// Facts of A and B compared at the coarser sampling level of the two (fact_alignment.cpp).
struct FactMatch {
  std::uint32_t compared_a = 0, compared_b = 0;  // facts of each side in the compared sample
  std::uint32_t common = 0;                      // of A's compared facts, those B has too
  std::uint32_t in_order = 0;                    // the longest run of shared facts in the same order in both
  double a_in_b = 0, b_in_a = 0;                 // shares of each side's compared facts that the other has
  // The longest stretch of each side's compared facts, in its own order, with no fact of that longest run of
  // shared facts in it: a passage whose names and numbers the other does not follow.
  std::uint32_t off_chain_a = 0, off_chain_b = 0;
};

// Of each text's sentences, the share that say what a sentence of the other says, counting only partners in
// one order (soft_sentences.cpp).
struct SoftShares {
  double a_in_b = 0, b_in_a = 0;
  double fuller() const { return std::max(a_in_b, b_in_a); }  // the share of the text more fully retold
};

// The longest run of words both texts quote, in A's wording (quoted_words.cpp).
struct SharedQuote {
  std::uint32_t words = 0, content_words = 0;  // its tokens, and those that are not stop words
  std::string text;
};

// Scores of A relative to B. "x_in_y" is the estimated share of x's features that y also has.
struct PairScores {
  double resemblance = 0, shingle_resemblance = 0, fact_resemblance = 0;  // from the sketches
  double identical_a_in_b = 0, identical_b_in_a = 0;  // sentences with a (near-)identical partner
  double aligned_a_in_b = 0, aligned_b_in_a = 0;      // sentences with a partner sharing a third of its words
  double shared_quotes = 0;
  double length_ratio = 0;  // words of A / words of B
  std::uint32_t artefacts_a = 0, artefacts_b = 0;  // round-trip artefacts per 100 sentences
  // Tortured phrases per 100 sentences, known only for a side whose text was read (the page itself, corpus
  // files): stored fingerprints do not carry them.
  std::optional<std::uint32_t> tortured_a, tortured_b;
  // Text level only (from the alignment): content-word swaps whose words are longer on A's side / on B's.
  // Longer words are the rarer ones (Zipf's law of abbreviation), and a spinner replaces a writer's usual
  // word with a rarer synonym ("metropolis" for "city"): the side with the rarer words is the spun one.
  std::uint32_t rarer_swaps_a = 0, rarer_swaps_b = 0;
  // Text level only (from the alignment): changed sentence pairs, those changed only by common words swapped
  // in place, and the swaps in them (Alignment's).
  std::uint32_t changed_pairs = 0, swapped_pairs = 0, in_place_swaps = 0;
  // Sentences of each text, and how many of them have a sentence sketch (fingerprint.h): with too few
  // sketched, the sentence shares above are 0 for want of sketches, not because the wording differs.
  std::uint32_t sentences_a = 0, sentences_b = 0, sketched_a = 0, sketched_b = 0;
  FactMatch facts;
  // Text level only: the smaller of the two texts' shares of sentences that say what a sentence of the other
  // says in other words, in one order (soft_matched_in_order).
  double soft_in_order = 0;
  // Text level only, and only where both texts were read for it: each text's own share of sentences that
  // retell one of the other's, in order (soft_shares_in_order). Unknown at fingerprint level.
  std::optional<SoftShares> soft_shares;
  SharedQuote quoted_run;  // text level only: longest_shared_quote of the two texts
  TextLanguage language_a = TextLanguage::Unknown, language_b = TextLanguage::Unknown;
};

struct WordSubstitution {
  std::string in_b;  // words of B's sentence ...
  std::string in_a;  // ... that A's aligned sentence has in their place
};

struct AlignedPair {
  std::uint32_t sentence_a = 0, sentence_b = 0;  // sentence indexes in each text
  double similarity = 0;                         // Dice coefficient of the content words
  bool identical = false;                        // same folded sentence
  std::string text_a, text_b;                    // the folded sentences, for the diff view
  std::vector<WordSubstitution> substitutions;
};

// One fact (name or number) of the aligned fact sequence, as each text writes it.
struct AlignedFact {
  std::string in_a, in_b;
};

struct Alignment {
  std::vector<AlignedPair> pairs;
  std::vector<AlignedFact> facts;  // the facts both texts have, in the order both give them
  double aligned_share_a = 0, aligned_share_b = 0;  // sentences of each text that found a partner
  double order_agreement = 0;                       // share of pairs in the same order in both texts
  double substituted_word_share = 0;                // substituted words / words of A's aligned sentences
  std::uint32_t rarer_swaps_a = 0, rarer_swaps_b = 0;  // content-word swaps with the longer words in A / in B
  // Pairs whose sentences differ, and those of them that differ only by common words swapped in place (same
  // length, same order, one word for one word: a spinner's synonyms), with those swaps.
  std::uint32_t changed_pairs = 0, swapped_pairs = 0;
  std::vector<WordSubstitution> in_place_swaps;
  double soft_in_order = 0;  // soft_matched_in_order of the two texts
  std::optional<SoftShares> soft_shares;  // soft_shares_in_order of the two texts, when computed
  SharedQuote quoted_run;                 // longest_shared_quote of the two texts
};

struct Comparison {
  Relation relation = Relation::Unrelated;
  Source source = Source::Neither;
  double confidence = 0;
  PairScores scores;
  std::optional<Alignment> alignment;  // text level only
  std::string credited_source;         // for Syndicated: who the copy credits ("Reuters")
  std::vector<std::string> reasons;    // short sentences a reader can check
};

// What the comparison needs to know about each side besides its fingerprint.
struct ComparedSide {
  const Fingerprint& fingerprint;
  const Metadata& meta;
  std::optional<std::uint32_t> tortured_per_100_sentences = std::nullopt;  // when the text is at hand
};

// How the reasons name the two sides: "A" and "B" for a pairwise comparison; a page verdict says "this page"
// and names the other article by its title and site, so its reasons read without the pairwise letters.
struct SideNames {
  std::string a = "A", b = "B";
};

Comparison compare(const ComparedSide& a, const ComparedSide& b, const SideNames& names = {});  // fingerprint level
// Both texts read: the alignment's word swaps join the evidence, and the comparison keeps the alignment.
Comparison compare(const ComparedSide& a, const ComparedSide& b, Alignment alignment, const SideNames& names = {});
Comparison compare(const Article& a, const Article& b);  // text level

PairScores score_pair(const Fingerprint& a, const Fingerprint& b);
// The standing flags (one a sentence, or empty) mark sentences that are their site's or issuer's standing text
// (verdict/standing_text.h): such a sentence of A, or one whose best partner in B is such, is left unaligned.
Alignment align_sentences(const TokenizedText& a, const TokenizedText& b, const std::vector<bool>& a_standing = {},
                          const std::vector<bool>& b_standing = {});
FactMatch match_facts(const FactSequence& a, const FactSequence& b);
// The longest common subsequence of the two texts' distinct facts, as each text writes them.
std::vector<AlignedFact> align_facts(const TokenizedText& a, const TokenizedText& b);
// Of each text's sentences, the share whose best partner in the other (alone or two merged sentences) holds a
// good share of its content words by their leading letters, counting only partners that follow one order,
// and 0 when fewer than two do or when that chain is shorter than a random order of as many partners gives
// (about 2 * sqrt(n)); the smaller of the two texts' shares (soft_sentences.cpp).
double soft_matched_in_order(const TokenizedText& a, const TokenizedText& b);
// Both of those shares, each text's own.
SoftShares soft_shares_in_order(const TokenizedText& a, const TokenizedText& b);
// The longest run of consecutive words that both texts have inside quotation marks (four words or more, else
// none): one speaker's words, however each text cut the quote.
SharedQuote longest_shared_quote(const TokenizedText& a, const TokenizedText& b);
// Tortured phrases of the text per 100 sentences (spin.h's dictionary): spin evidence that orients a pair.
std::uint32_t tortured_per_100_sentences(const TokenizedText& text);
// Whether a text of `sentences` sentences reads as a round-trip machine translation: enough artefacts per
// 100 sentences, and enough of them that a short text's one or two do not decide.
bool reads_round_trip(std::uint32_t artefacts_per_100_sentences, std::uint32_t sentences);
// Whether a text reads as machine-spun: round-trip artefacts, or tortured phrases when they were counted.
bool shows_spin(std::uint32_t artefacts_per_100_sentences, std::uint32_t sentences,
                std::optional<std::uint32_t> tortured_per_100_sentences);
// Whether most changed sentences of two texts of one length differ only by common words swapped in place,
// several of them over several sentences: a spinner's output (text level; the alignment's counts).
bool spun_in_place(const PairScores& s);
// Whether the article's own site or canonical URL is the publisher a credit names ("Reuters").
bool is_credited_publisher(const std::string& credit, const Metadata& meta);
// The rules: relation, source side, confidence and reasons from the scores and metadata.
Comparison classify(const PairScores& scores, const Metadata& meta_a, const Metadata& meta_b,
                    const SideNames& names = {});

nlohmann::json to_json(const PairScores& scores);
nlohmann::json to_json(const Alignment& alignment);
nlohmann::json to_json(const Comparison& comparison);

}  // namespace firsthand
