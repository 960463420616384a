// judge(): compares the page with every known article, decides what the page is, names the likely
// original and explains why (verdict.h). Hints are added by verdict_hints.cpp.
#include <algorithm>

#include "firsthand/extract.h"
#include "firsthand/verdict.h"
#include "firsthand/verdict/standing_text.h"
#include "copy_relation.h"
#include "original_ranking.h"
#include "sibling_copies.h"
#include "verdict_hints.h"

namespace firsthand {
namespace {

bool page_is_source(const Comparison& c) { return c.source == Source::A && c.relation != Relation::SameSource; }

// Derived relations first, then by the share of corresponding sentences.
double strength(const Comparison& c) {
  const double aligned = std::max(c.scores.aligned_a_in_b, c.scores.aligned_b_in_a);
  switch (c.relation) {
    case Relation::Unrelated: return 0;
    case Relation::IndependentSameEvent: return 1 + aligned;
    default: return 2 + aligned + std::max(c.scores.identical_a_in_b, c.scores.identical_b_in_a);
  }
}

VerdictKind kind_of(Relation r) {
  switch (r) {
    case Relation::VerbatimCopy: return VerdictKind::VerbatimCopy;
    case Relation::Syndicated: return VerdictKind::Syndicated;
    case Relation::SpunCopy: return VerdictKind::SpunCopy;
    case Relation::Rewrite: return VerdictKind::Rewrite;
    case Relation::SameSource: return VerdictKind::SameSource;
    case Relation::Translation: return VerdictKind::Translation;
    case Relation::IndependentSameEvent: return VerdictKind::IndependentSameEvent;
    case Relation::Unrelated: return VerdictKind::Unknown;
  }
  return VerdictKind::Unknown;
}

LikelyOriginal from_known(const KnownArticle& k, std::vector<std::string> reasons) {
  return {k.label, k.meta.title, k.meta.site_name, k.meta.canonical_url, k.meta.date, true, std::move(reasons)};
}

// How a reader recognises an article: "Title" (Site), else the site, else its label.
std::string display_name(const std::string& title, const std::string& site, const std::string& label) {
  if (!title.empty()) return "\"" + title + "\"" + (site.empty() ? "" : " (" + site + ")");
  if (!site.empty()) return site;
  return label;
}

std::string display_name(const LikelyOriginal& o) { return display_name(o.title, o.site, o.label); }

// What a known copy of this page is, for an original's reasons.
std::string kind_of_copy(Relation r) {
  switch (r) {
    case Relation::VerbatimCopy: return "a verbatim copy";
    case Relation::Syndicated: return "a credited syndication";
    case Relation::SpunCopy: return "a machine-spun copy";
    case Relation::Rewrite: return "a rewrite";
    case Relation::Translation: return "a translation";
    default: return "a derived text";
  }
}

std::string summary_of(const Verdict& v) {
  const std::string original = v.likely_original ? display_name(*v.likely_original) : "";
  switch (v.kind) {
    case VerdictKind::Original: return "This looks like the original: known copies derive from it.";
    case VerdictKind::Syndicated:
      return "Syndicated: this page republishes " +
             (v.likely_original && !v.likely_original->known ? "a story by " + original : original) +
             " and credits its source.";
    case VerdictKind::VerbatimCopy: return "A verbatim copy of " + original + ".";
    case VerdictKind::SpunCopy: return "A machine-spun copy of " + original + ": same text, words swapped.";
    case VerdictKind::Rewrite: return "A rewrite of " + original + ": shorter, following its facts in order.";
    case VerdictKind::Translation:
      return "A translation of " + original + ": the same names and numbers in the same order, in another language.";
    case VerdictKind::SameSource:
      return "Derived from the same original as a known article" +
             (original.empty() ? std::string(".") : "; the likely original is " + original + ".");
    case VerdictKind::IndependentSameEvent:
      return "Independent reporting: related coverage is known, but this page does not copy it.";
    case VerdictKind::PossiblyRelated:
      return "Possibly related to a known article, but no copied passage can be shown: open both to compare.";
    case VerdictKind::Unknown: return "No related article is known.";
  }
  return "";
}

// The sentences of a text no passage is aligned on: what the reading history knows to be its site's standing
// text, and its issuer boilerplate from `boilerplate` on (verdict/standing_text.h).
std::vector<bool> standing_flags(const std::vector<bool>& site_standing, std::size_t sentences,
                                 std::uint32_t boilerplate) {
  std::vector<bool> flags(sentences, false);
  for (std::size_t i = 0; i < sentences; ++i)
    flags[i] = i >= boilerplate || (i < site_standing.size() && site_standing[i]);
  return flags;
}

}  // namespace

KnownArticle make_known_article(std::string label, Article article) {
  KnownArticle k;
  k.label = std::move(label);
  k.meta = article.meta;
  k.fingerprint = fingerprint(article);
  k.article = std::move(article);
  return k;
}

const char* verdict_kind_name(VerdictKind kind) {
  switch (kind) {
    case VerdictKind::Original: return "original";
    case VerdictKind::Syndicated: return "syndicated";
    case VerdictKind::VerbatimCopy: return "verbatim_copy";
    case VerdictKind::SpunCopy: return "spun_copy";
    case VerdictKind::Rewrite: return "rewrite";
    case VerdictKind::Translation: return "translation";
    case VerdictKind::SameSource: return "same_source";
    case VerdictKind::IndependentSameEvent: return "independent_same_event";
    case VerdictKind::PossiblyRelated: return "possibly_related";
    case VerdictKind::Unknown: return "unknown";
  }
  return "unknown";
}

Verdict judge_uncalibrated(const Article& page, const std::vector<KnownArticle>& known) {
  Verdict v;
  const TokenizedText page_text = tokenize(page.paragraphs);
  const Fingerprint page_fp = fingerprint(page_text);

  const std::uint32_t page_tortured = tortured_per_100_sentences(page_text);
  // The page's own issuer boilerplate is no passage of another text, whatever that text repeats of it.
  const std::vector<bool> page_standing =
      standing_flags({}, page_text.sentences.size(), boilerplate_start(page_text));

  // The reasons speak of "this page" and name the other article, never of the pairwise "A" and "B". Whether
  // a pair is related does not depend on which side is the copy, so only related articles' texts are read
  // for the spin evidence (tortured phrases, word swaps) that orients the pair.
  std::vector<std::pair<std::size_t, Comparison>> matches;
  std::vector<std::size_t> possibly_related;  // known articles whose stored fingerprint could not show a copy
  for (std::size_t i = 0; i < known.size(); ++i) {
    const KnownArticle& k = known[i];
    const SideNames names{"this page", display_name(k.meta.title, k.meta.site_name, k.label)};
    const ComparedSide page_side{page_fp, page.meta, page_tortured};
    Comparison c = compare(page_side, ComparedSide{k.fingerprint, k.meta}, names);
    if (c.relation == Relation::Unrelated) continue;
    if (k.article) {
      const TokenizedText known_text = tokenize(k.article->paragraphs);
      c = compare(page_side, ComparedSide{k.fingerprint, k.meta, tortured_per_100_sentences(known_text)},
                  align_sentences(page_text, known_text, page_standing,
                                  standing_flags(k.standing_sentences, known_text.sentences.size(), boilerplate_start(known_text))),
                  names);
    } else if (k.passages) {
      c = compare(page_side, ComparedSide{k.fingerprint, k.meta},
                  align_with_summary(page_text, *k.passages, page_standing,
                                     standing_flags(k.standing_sentences, k.passages->sentence_hashes.size(), k.passages->boilerplate_from)),
                  names);
    }
    FlooredComparison floored = floor_copy_claim(std::move(c), page.meta, k.meta);
    if (floored.possibly_related) possibly_related.push_back(i);
    c = std::move(floored.comparison);
    if (c.relation == Relation::Unrelated) continue;
    matches.emplace_back(i, std::move(c));
  }
  std::stable_sort(matches.begin(), matches.end(),
                   [](const auto& x, const auto& y) { return strength(x.second) > strength(y.second); });

  std::vector<std::pair<std::size_t, Comparison>> sources;
  for (const auto& m : matches)
    if (page_is_copy(m.second)) sources.push_back(m);

  if (!sources.empty()) {
    const auto ranked = detail::rank_originals(page, page_fp, known, sources);
    const auto best = std::find_if(sources.begin(), sources.end(),
                                   [&](const auto& s) { return s.first == ranked.front().known_index; });
    v.kind = kind_of(best->second.relation);
    v.confidence = best->second.confidence;
    v.reasons = best->second.reasons;
    v.likely_original = from_known(known[best->first], ranked.front().reasons);
    const std::size_t original = best->first;
    for (std::size_t i : detail::mark_siblings(known, original, matches))
      if (v.reasons.size() < 6)
        v.reasons.push_back(display_name(known[i].meta.title, known[i].meta.site_name, known[i].label) +
                            " is another copy of " +
                            display_name(known[original].meta.title, known[original].meta.site_name,
                                         known[original].label) +
                            ": it and this page share one source.");
  } else if (const auto sibling = std::find_if(matches.begin(), matches.end(),
                                               [](const auto& m) { return m.second.relation == Relation::SameSource; });
             sibling != matches.end()) {
    v.kind = VerdictKind::SameSource;
    v.confidence = sibling->second.confidence;
    v.reasons = sibling->second.reasons;
  } else if (is_republication_credit(page.meta)) {
    // The credit alone decides only when it says the text was republished: a wire agency or "originally
    // published by". A name given as author ("by Northwire") may be the page's own writer.
    v.kind = VerdictKind::Syndicated;
    v.confidence = 0.8;
    v.likely_original = LikelyOriginal{"", "", page.meta.credit, "", "", false,
                                       {"This page credits " + page.meta.credit +
                                        (page.meta.credit_evidence.empty() ? "" : " (\"" + page.meta.credit_evidence + "\")") +
                                        "."}};
    // The original's own reason already quotes the credit; the verdict says why the credit alone decides.
    v.reasons = {"No known article holds this page's text, so its credit names the original."};
  } else if (std::any_of(matches.begin(), matches.end(), [](const auto& m) { return page_is_source(m.second); })) {
    v.kind = VerdictKind::Original;
    for (const auto& m : matches)
      if (page_is_source(m.second) && v.reasons.size() < 4)
        v.reasons.push_back("This page is the source of " + kind_of_copy(m.second.relation) + ": " +
                            display_name(known[m.first].meta.title, known[m.first].meta.site_name, known[m.first].label) +
                            ".");
    v.confidence = matches.front().second.confidence;
  } else if (!possibly_related.empty()) {
    // A stored fingerprint that resembles the page without showing a copied passage names no original and
    // claims no copy: the reader is told which articles to open and compare.
    v.kind = VerdictKind::PossiblyRelated;
    v.confidence = 0.5;
    for (std::size_t i : possibly_related) {
      v.to_compare.push_back(known[i].label);
      if (v.reasons.size() < 3)
        v.reasons.push_back("Possibly related to " +
                            display_name(known[i].meta.title, known[i].meta.site_name, known[i].label) +
                            ": its stored fingerprint shares some wording or facts with this page, but no "
                            "unchanged passage; open both to compare.");
    }
  } else if (!matches.empty()) {
    v.kind = VerdictKind::IndependentSameEvent;
    v.confidence = matches.front().second.confidence;
    v.reasons = matches.front().second.reasons;
  }
  // A page that credits its source is syndicated even when its text was also matched as a copy.
  if (!page.meta.credit.empty() && v.kind == VerdictKind::VerbatimCopy) v.kind = VerdictKind::Syndicated;

  for (auto& [index, comparison] : matches) {
    const bool aligned = comparison.alignment && known[index].article;
    v.related.push_back({known[index].label, known[index].meta.title, known[index].meta.site_name,
                         known[index].meta.canonical_url, known[index].meta.date, std::move(comparison),
                         aligned ? known[index].article->paragraphs : std::vector<std::string>{}});
  }
  detail::add_hints(page, page_text, page_fp, v);
  v.summary = summary_of(v);
  return v;
}

Verdict judge(const Article& page, const std::vector<KnownArticle>& known) {
  Verdict v = judge_uncalibrated(page, known);
  v.confidence = calibrated_confidence(v.kind, v.confidence);
  return v;
}

}  // namespace firsthand
