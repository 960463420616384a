// Stage 6 of 7, verdict: the page against its candidates -> what it is, the likely original, hints, JSON.
// Includes only the stages before it.
//
// The verdict for a page: what it is (original, syndicated, verbatim/spun copy, rewrite, independent
// coverage), the likely original with reasons a reader can check, and credibility hints. Built from the
// page's article and the known articles (corpus files, history, packs) that any source of candidates
// supplies as KnownArticle, with or without text.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "firsthand/extract/article.h"
#include "firsthand/compare.h"
#include "firsthand/fingerprint.h"
#include "firsthand/verdict/passage_summary.h"

namespace firsthand {

struct KnownArticle {
  std::string label;  // how the reader finds it again: a file path, a pack entry, a history URL
  Metadata meta;
  Fingerprint fingerprint;
  std::optional<Article> article;  // the text, when the source has it (corpus files); adds the alignment
  // Without the text: its passages, when the reading history still holds them; align as the text would.
  std::optional<PassageSummary> passages = std::nullopt;
  // One flag a sentence of its text, when the reading history knows: the sentence is standing text of its
  // site or the page's (verdict/standing_text.h), so no passage is aligned on it.
  std::vector<bool> standing_sentences = {};
};
KnownArticle make_known_article(std::string label, Article article);  // fingerprints it, keeps the text

enum class VerdictKind : std::uint8_t {
  Original,              // known copies derive from this page, or it is the earliest of its family
  Syndicated,            // credits another publisher for the text
  VerbatimCopy,
  SpunCopy,
  Rewrite,
  Translation,           // the same article in another language
  SameSource,            // a derivative of an original that is not among the known articles
  IndependentSameEvent,  // own reporting; related coverage exists but is not copied
  PossiblyRelated,       // a stored fingerprint resembles the page, but shows no passage to stand a copy on
  Unknown,               // nothing related is known
};
const char* verdict_kind_name(VerdictKind kind);

struct LikelyOriginal {
  std::string label, title, site, url, date;
  bool known = false;  // one of the known articles (false: named by a credit only, e.g. "Reuters")
  std::vector<std::string> reasons;
};

struct RelatedArticle {
  std::string label, title, site, url, date;  // url: its canonical address, "" when unknown
  Comparison comparison;  // the page (A) against this article (B)
  // The article's own paragraphs when the comparison aligned its text (its sentences come folded, lower
  // case): the popup shows the original's words of each passage in their own case and punctuation.
  std::vector<std::string> paragraphs;
};

struct Verdict {
  VerdictKind kind = VerdictKind::Unknown;
  double confidence = 0;
  std::string summary;  // one sentence for the popup and the CLI
  std::optional<LikelyOriginal> likely_original;
  std::vector<std::string> reasons;
  std::vector<std::string> hints;  // credibility hints: re-dated content, unattributed copy, spin
  std::vector<RelatedArticle> related;  // every known article that is not unrelated, strongest first
  // Possibly related: labels of the known articles whose stored fingerprint resembles the page without
  // showing a copied passage, for the reader to open and compare.
  std::vector<std::string> to_compare;
  double clutter_share = 0;             // share of the page's visible text that is not the article
};

Verdict judge(const Article& page, const std::vector<KnownArticle>& known);
// The same verdict with the rules' own confidence (their margin from a threshold), before calibration: what
// the calibration is fitted on.
Verdict judge_uncalibrated(const Article& page, const std::vector<KnownArticle>& known);
// The share of verdicts of this kind stated at this raw confidence that were right on the development half
// of the copies set (isotonic bins, confidence_calibration.cpp); a kind without enough samples keeps its raw
// confidence.
double calibrated_confidence(VerdictKind kind, double raw);

// A pair's comparison as a verdict may state it. A derived relation (verbatim, syndicated, spun, rewrite,
// same source) stands only on evidence a reader can check: with both texts read, aligned passages (enough
// pairs, a fair share of the copy's sentences); on a stored fingerprint, unchanged sentences or word
// sequences shared in bulk, never sketch resemblance alone (same-event reports share names, numbers and
// stock phrases, and the history proposes exactly the best of its articles). Otherwise the relation falls
// back to independent reporting (shared facts or quotes) or unrelated, with the reason why; when a stored
// fingerprint shares something it cannot show, the pair is `possibly_related`: open both to compare. Pages
// of one site are no copy of each other unless most sentences are unchanged. `a` and `b` are the sides.
struct FlooredComparison {
  Comparison comparison;
  bool possibly_related = false;
};
FlooredComparison floor_copy_claim(Comparison comparison, const Metadata& a, const Metadata& b);
Comparison require_copy_evidence(Comparison comparison, const Metadata& a, const Metadata& b);  // .comparison

// Days between two ISO dates ("2022-01-12"), or nothing when either is not a date.
std::optional<long> days_between(std::string_view earlier, std::string_view later);

nlohmann::json to_json(const LikelyOriginal& original);
nlohmann::json to_json(const Verdict& verdict);

}  // namespace firsthand
