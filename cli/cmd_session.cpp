// `firsthand session`: replays reading, the way the extension judges. The pages are read in a fixed shuffled
// order through one reading history (firsthand/verdict/reading_history.h: the 16 most recent articles with
// their text, older ones as stored fingerprints); each article page is judged against every page read before
// it and then joins the history. Prints each alarm and the summary (session_report.h); with limits given,
// exits 1 when the session exceeds them.
#include <chrono>
#include <cstdio>
#include <iostream>
#include <map>

#include "command.h"
#include "firsthand/fingerprint/normalize.h"
#include "firsthand/page/url_host.h"
#include "firsthand/verdict.h"
#include "firsthand/verdict/article_page.h"
#include "firsthand/verdict/reading_history.h"
#include "page_input.h"
#include "session_labels.h"
#include "session_pages.h"
#include "session_report.h"

namespace firsthand::cli {
namespace {

int run_session(const Args& input);

const Command kSession{
    "session",
    "session [--list FILE]... [--labels FILE] [--seed N] [--stored-only] [--max-false-per-1000 X] [--max-spin-share X] "
    "[INPUT...]",
    "replays reading the pages in a shuffled order through one history, as the extension judges: alarms, false "
    "alarms per 1,000 pages, spin flags",
    "  INPUT                   an HTML or text page, or a folder of them\n"
    "  --list FILE             pages to read, one per line: PATH, PATH<TAB>URL, or PATH<TAB>URL<TAB>NAME\n"
    "                          for a copy made from the page NAME (it takes NAME's half)\n"
    "  --labels FILE           pairs of pages that really are related (bench/sessions/related-pages.tsv):\n"
    "                          a copy verdict on a labelled pair is no false alarm; copies made by\n"
    "                          `firsthand copies` (copies-labels.tsv) are counted found or missed\n"
    "  --seed N                the shuffle's seed (default 1): the same seed reads in the same order\n"
    "  --stored-only           judge against stored fingerprints alone, no text or passages kept (the worst\n"
    "                          case of a history reloaded after a restart)\n"
    "  --max-false-per-1000 X  exit 1 when false alarms per 1,000 pages read exceed X\n"
    "  --max-spin-share X      exit 1 when more than this share of article pages reads as machine-spun\n",
    run_session};

constexpr std::size_t kLevelExamples = 5;

bool is_copy_relation(Relation r) {
  return r == Relation::VerbatimCopy || r == Relation::Syndicated || r == Relation::SpunCopy ||
         r == Relation::Rewrite || r == Relation::SameSource;
}

// Letters and digits only, folded: "Live Science" and "www.livescience.com" compare as "livescience...".
std::string squeezed(std::string_view text) {
  std::string out;
  for (char c : fold_text(text))
    if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) out += c;
  return out;
}

bool is_host_label(std::string_view host, const std::string& squeezed_credit) {
  std::size_t start = 0;
  while (start <= host.size()) {
    const auto dot = std::min(host.find('.', start), host.size());
    if (squeezed(host.substr(start, dot - start)) == squeezed_credit) return true;
    start = dot + 1;
  }
  return false;
}

constexpr std::size_t kMinNameChars = 3;  // shorter credits ("AP") match only a whole host label

// Checked here on its own, not with the core's rule, so the session measures that rule instead of trusting it.
bool credit_names_the_page(const Metadata& meta, const std::string& url) {
  const std::string credit = squeezed(meta.credit);
  if (credit.empty()) return false;
  if (is_host_label(url_host(url), credit) || is_host_label(url_host(meta.canonical_url), credit)) return true;
  if (credit.size() < kMinNameChars) return false;
  for (const std::string_view own :
       {std::string_view(meta.site_name), std::string_view(meta.byline), url_host(url), url_host(meta.canonical_url)})
    if (const std::string s = squeezed(own); s.size() >= kMinNameChars && (s.find(credit) != std::string::npos ||
                                                                          credit.find(s) != std::string::npos))
      return true;
  return false;
}

struct SessionState {
  ReadingHistory history;
  std::map<std::string, std::string> name_by_url;  // canonical URL of each page read -> its session name
  LevelAgreement levels;
  bool stored_only = false;

  std::string name_of(const std::string& url) const {
    const auto it = name_by_url.find(url);
    return it == name_by_url.end() ? url : it->second;
  }
};

void check_levels(const Article& page, const Fingerprint& fp, const std::vector<KnownArticle>& candidates,
                  SessionState& state, const std::string& page_name) {
  for (const KnownArticle& k : candidates) {
    if (!k.article) continue;
    const FlooredComparison stored =
        floor_copy_claim(compare(ComparedSide{fp, page.meta}, ComparedSide{k.fingerprint, k.meta}), page.meta, k.meta);
    const Relation text = require_copy_evidence(compare(page, *k.article), page.meta, k.meta).relation;
    ++state.levels.pairs;
    // "Possibly related" claims nothing: a weaker word than the text's, never a contradiction of it.
    if (stored.possibly_related) {
      ++(is_copy_relation(text) ? state.levels.stored_weaker : state.levels.stored_possibly);
      continue;
    }
    if (is_copy_relation(stored.comparison.relation) == is_copy_relation(text)) continue;
    ++state.levels.disagreements;
    if (state.levels.examples.size() < kLevelExamples)
      state.levels.examples.push_back(page_name + " vs " + state.name_of(k.meta.canonical_url) + ": stored " +
                                      relation_name(stored.comparison.relation) + ", text " + relation_name(text));
  }
}

std::string evidence_of(const Comparison& c) {
  char text[160];
  const PairScores& s = c.scores;
  std::snprintf(text, sizeof text, "%s res %.3f shingles %.3f facts %.3f aligned %.2f/%.2f identical %.2f/%.2f",
                c.alignment ? "text" : "stored", s.resemblance, s.shingle_resemblance, s.fact_resemblance,
                s.aligned_a_in_b, s.aligned_b_in_a, s.identical_a_in_b, s.identical_b_in_a);
  return text;
}

JudgedPage read_page(const SessionPage& page, SessionState& state) {
  JudgedPage j;
  j.page = &page;
  auto loaded = load_article(page.path, page.url);
  if (!loaded) {
    j.not_article_reason = loaded.error();
    return j;
  }
  Article& article = loaded.value();
  // As the extension does: the page's address stands for its canonical URL, history keys articles by URL.
  if (article.meta.canonical_url.empty()) article.meta.canonical_url = page.url.empty() ? "session:" + page.name : page.url;
  const ArticlePageCheck check = check_article_page(article);
  if (!check.article) {
    j.not_article_reason = check.reason;
    return j;
  }
  j.article = true;
  const Fingerprint fp = fingerprint(article);
  const auto candidates = state.history.candidates(article, fp);
  check_levels(article, fp, candidates, state, page.name);
  const Verdict v = judge(article, candidates);
  j.kind = v.kind;
  j.confidence = v.confidence;
  j.reason = v.reasons.empty() ? "" : v.reasons.front();
  for (const auto& r : v.related) {
    j.related_pages.insert(state.name_of(r.label));
    if (r.comparison.source == Source::A) j.copies_of_page[state.name_of(r.label)] = relation_name(r.comparison.relation);
  }
  for (const auto& label : v.to_compare) j.related_pages.insert(state.name_of(label));
  if (!v.related.empty()) j.evidence = evidence_of(v.related.front().comparison);
  if (v.likely_original && v.likely_original->known) {
    j.named = state.name_of(v.likely_original->url.empty() ? v.likely_original->label : v.likely_original->url);
    j.named_is_page = true;
  } else if (v.likely_original) {
    j.named = v.likely_original->site;
    if (!v.likely_original->reasons.empty()) j.reason = v.likely_original->reasons.front();
  } else if (!v.to_compare.empty()) {
    j.named = state.name_of(v.to_compare.front());
    j.named_is_page = true;
  } else {
    for (const auto& r : v.related)
      if (r.comparison.relation == Relation::SameSource) {
        j.named = state.name_of(r.label);
        j.named_is_page = true;
        break;
      }
  }
  j.self_credit = v.kind == VerdictKind::Syndicated && credit_names_the_page(article.meta, page.url);
  j.spin_flagged = shows_spin(fp.artefacts_per_100_sentences, fp.sentence_count,
                              tortured_per_100_sentences(tokenize(article.paragraphs)));
  state.history.remember(article, fp, &v);
  if (state.stored_only) state.history.forget_recent();
  state.name_by_url[article.meta.canonical_url] = page.name;
  return j;
}

bool take_number(Args& args, const std::string& name, double& value, bool& given) {
  std::string text;
  if (!take_option(args, name, text)) return true;
  char* end = nullptr;
  value = std::strtod(text.c_str(), &end);
  given = true;
  return end && *end == '\0' && !text.empty();
}

int run_session(const Args& input) {
  Args args = input;
  std::vector<std::string> lists;
  for (std::string list; take_option(args, "--list", list);) lists.push_back(list);
  std::string labels_path;
  take_option(args, "--labels", labels_path);
  const bool only_stored = take_flag(args, "--stored-only");
  double seed = 1, max_false = 0, max_spin = 0;
  bool seed_given = false, false_limit = false, spin_limit = false;
  if (!take_number(args, "--seed", seed, seed_given) || !take_number(args, "--max-false-per-1000", max_false, false_limit) ||
      !take_number(args, "--max-spin-share", max_spin, spin_limit))
    return usage_error(kSession, "a number was expected");
  for (const auto& a : args)
    if (a.starts_with("--")) return usage_error(kSession, "unknown option " + a);
  auto pages = gather_session_pages(args, lists);
  if (!pages) {
    std::cerr << "firsthand session: " << pages.error() << "\n";
    return 1;
  }
  if (pages->empty()) return usage_error(kSession, "no pages given");
  auto loaded_labels = SessionLabels::load_if_given(labels_path);
  if (!loaded_labels) {
    std::cerr << "firsthand session: " << loaded_labels.error() << "\n";
    return 1;
  }
  const SessionLabels& labels = loaded_labels.value();
  shuffle_session(pages.value(), static_cast<std::uint64_t>(seed));

  const auto start = std::chrono::steady_clock::now();
  SessionState state;
  state.stored_only = only_stored;
  std::vector<JudgedPage> judged;
  judged.reserve(pages->size());
  for (const auto& page : pages.value()) judged.push_back(read_page(page, state));
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  const SessionSummary summary = report_session(std::cout, judged, labels, state.levels, seconds);
  bool within = true;
  if (false_limit && summary.false_per_1000 > max_false) {
    std::cout << "LIMIT EXCEEDED: false alarms per 1,000 pages above " << max_false << "\n";
    within = false;
  }
  if (false_limit && summary.self_credit_alarms > 0) {
    std::cout << "LIMIT EXCEEDED: false alarms from self-credits\n";
    within = false;
  }
  if (spin_limit && summary.spin_share > max_spin) {
    std::cout << "LIMIT EXCEEDED: share flagged machine-spun above " << max_spin << "\n";
    within = false;
  }
  return within ? 0 : 1;
}

}  // namespace

FIRSTHAND_COMMAND(kSession);

}  // namespace firsthand::cli
