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

namespace firsthand {

struct KnownArticle {
  std::string label;  // how the reader finds it again: a file path, a pack entry, a history URL
  Metadata meta;
  Fingerprint fingerprint;
  std::optional<Article> article;  // the text, when the source has it (corpus files); adds the alignment
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
  double clutter_share = 0;             // share of the page's visible text that is not the article
};

Verdict judge(const Article& page, const std::vector<KnownArticle>& known);

// A pair's comparison as a verdict may state it: a copy-type relation without aligned passages (text level)
// or shared word sequences and facts (stored fingerprints) falls back to independent reporting or unrelated.
// Pages of one site are no copy of each other unless most sentences are unchanged. `a` and `b` are the sides.
Comparison require_copy_evidence(Comparison comparison, const Metadata& a, const Metadata& b);

// Days between two ISO dates ("2022-01-12"), or nothing when either is not a date.
std::optional<long> days_between(std::string_view earlier, std::string_view later);

nlohmann::json to_json(const LikelyOriginal& original);
nlohmann::json to_json(const Verdict& verdict);

}  // namespace firsthand
