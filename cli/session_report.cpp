// The tallies and the printout of a reading session (session_report.h).
#include "session_report.h"

#include <cstdio>
#include <map>
#include <ostream>

namespace firsthand::cli {
namespace {

constexpr double kReliabilityBins[] = {0.5, 0.6, 0.7, 0.8, 0.9, 1.0001};

std::string fixed(double x, int decimals) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, x);
  return buffer;
}

bool is_true_alarm(const JudgedPage& j, const SessionLabels& labels) {
  if (j.named_is_page) return labels.related(j.page->name, j.named);
  return !j.named.empty() && labels.credits(j.page->name, j.named);
}

struct HalfCounts {
  std::size_t pages = 0, false_alarms = 0, articles = 0, spin_flagged = 0;
  double per_1000() const { return pages ? 1000.0 * false_alarms / pages : 0; }
};

struct FoundCounts {
  std::pair<std::size_t, std::size_t> development, validation;  // (found, read)
  std::string line() const {
    return std::to_string(development.first + validation.first) + " of " +
           std::to_string(development.second + validation.second) + " (development " + std::to_string(development.first) +
           " of " + std::to_string(development.second) + ", validation " + std::to_string(validation.first) + " of " +
           std::to_string(validation.second) + ")";
  }
};

struct CopiesFound {
  FoundCounts all;
  std::map<std::string, FoundCounts> by_folder;  // the copy's folder: the kind of copy that `firsthand copies` made
  std::vector<std::string> misses;
};

// A copy made at test time is found when the later of the pair was judged right: the copy read after its
// original gets the labelled kind naming that original; the original read after its copy is called the
// original, with the copy found copied from it in the labelled relation.
CopiesFound copies_found(const std::vector<JudgedPage>& judged, const SessionLabels& labels,
                         const std::map<std::string, std::size_t>& read_at) {
  CopiesFound f;
  for (const auto& [copy, made] : labels.copies()) {
    const auto c = read_at.find(copy), o = read_at.find(made.original);
    if (c == read_at.end() || o == read_at.end()) continue;
    const JudgedPage& copy_page = judged[c->second];
    const JudgedPage& original_page = judged[o->second];
    const std::string folder = copy.substr(0, copy.find('/'));
    auto& half = copy_page.page->validation ? f.all.validation : f.all.development;
    auto& folder_half = copy_page.page->validation ? f.by_folder[folder].validation : f.by_folder[folder].development;
    ++half.second;
    ++folder_half.second;
    bool right = false;
    std::string got;
    if (c->second > o->second) {
      right = copy_page.article && verdict_kind_name(copy_page.kind) == made.kind && copy_page.named_is_page &&
              copy_page.named == made.original;
      got = copy_page.article ? std::string(verdict_kind_name(copy_page.kind)) + " of " + copy_page.named
                              : "not an article: " + copy_page.not_article_reason;
    } else {
      const auto relation = original_page.copies_of_page.find(copy);
      right = original_page.article && original_page.kind == VerdictKind::Original &&
              relation != original_page.copies_of_page.end() && relation->second == made.kind;
      got = "its original read later got " + std::string(verdict_kind_name(original_page.kind)) +
            (original_page.named.empty() ? "" : " of " + original_page.named) +
            (relation == original_page.copies_of_page.end() ? "" : ", the copy's relation " + relation->second);
    }
    if (right) {
      ++half.first;
      ++folder_half.first;
    } else {
      f.misses.push_back(copy + (copy_page.page->validation ? " [val]" : " [dev]") + " (" + made.kind + "): " + got);
    }
  }
  return f;
}

}  // namespace

bool is_copy_type(VerdictKind kind) {
  switch (kind) {
    case VerdictKind::VerbatimCopy: case VerdictKind::Syndicated: case VerdictKind::SpunCopy:
    case VerdictKind::Rewrite: case VerdictKind::SameSource: return true;
    default: return false;
  }
}

SessionSummary report_session(std::ostream& out, const std::vector<JudgedPage>& judged, const SessionLabels& labels,
                              const LevelAgreement& levels, double seconds) {
  SessionSummary s;
  HalfCounts development, validation;
  std::size_t copies = 0, originals = 0, possibly = 0, possibly_labelled = 0;
  std::map<int, std::pair<std::size_t, std::size_t>> bins;  // bin -> (verdicts, true ones)
  std::map<std::string, std::size_t> read_at;               // page name -> reading position
  std::vector<std::string> not_articles;
  out << "alarms (copy-type verdicts; TRUE when the labels relate the pages):\n";
  for (std::size_t i = 0; i < judged.size(); ++i) {
    const JudgedPage& j = judged[i];
    read_at[j.page->name] = i;
    HalfCounts& half = j.page->validation ? validation : development;
    ++half.pages;
    if (!j.article) {
      not_articles.push_back(j.page->name + " (" + j.not_article_reason + ")");
      continue;
    }
    ++s.articles;
    ++half.articles;
    if (j.spin_flagged) ++s.spin_flagged;
    if (j.spin_flagged) ++half.spin_flagged;
    if (j.kind == VerdictKind::Original) ++originals;
    if (j.kind == VerdictKind::PossiblyRelated) {
      ++possibly;
      if (is_true_alarm(j, labels)) ++possibly_labelled;
    }
    if (!is_copy_type(j.kind)) continue;
    ++copies;
    const bool correct = is_true_alarm(j, labels);
    int bin = 0;
    while (bin + 2 < static_cast<int>(std::size(kReliabilityBins)) && j.confidence >= kReliabilityBins[bin + 1]) ++bin;
    ++bins[bin].first;
    if (correct) ++bins[bin].second;
    if (!correct) {
      ++s.false_alarms;
      ++half.false_alarms;
      if (j.self_credit) ++s.self_credit_alarms;
    }
    out << "  " << (correct ? "TRUE " : "FALSE") << " " << j.page->name << ": " << verdict_kind_name(j.kind) << " "
        << fixed(j.confidence, 2) << " of " << (j.named.empty() ? "(none named)" : j.named)
        << (j.self_credit ? " [self-credit]" : "") << " [" << j.evidence << "] - " << j.reason << "\n";
  }

  std::size_t found = 0, labelled = 0;
  std::map<std::string, const JudgedPage*> by_name;
  for (const auto& j : judged) by_name[j.page->name] = &j;
  for (const auto& [a, b] : labels.pairs()) {
    if (!by_name.count(a) || !by_name.count(b) || !by_name[a]->article || !by_name[b]->article) continue;
    ++labelled;
    const JudgedPage* later = read_at[a] > read_at[b] ? by_name[a] : by_name[b];
    const std::string& earlier = later == by_name[a] ? b : a;
    if (later->related_pages.count(earlier)) ++found;
  }

  const CopiesFound made = copies_found(judged, labels, read_at);

  const std::size_t pages = judged.size();
  s.false_per_1000 = pages ? 1000.0 * s.false_alarms / pages : 0;
  s.spin_share = s.articles ? static_cast<double>(s.spin_flagged) / s.articles : 0;
  out << "pages read: " << pages << " (development half " << development.pages << ", validation half "
      << validation.pages << ")\n"
      << "article pages: " << s.articles << " (not articles, no verdict: " << not_articles.size() << ")\n"
      << "copy-type verdicts: " << copies << " (false " << s.false_alarms << "); original verdicts: " << originals
      << "\n"
      << "possibly related (no copied passage shown, no copy claimed): " << possibly << " (labelled related "
      << possibly_labelled << ")\n"
      << "false alarms per 1,000 pages read: " << fixed(s.false_per_1000, 1) << " (development "
      << fixed(development.per_1000(), 1) << ", validation " << fixed(validation.per_1000(), 1) << ")\n"
      << "false alarms from self-credits: " << s.self_credit_alarms << "\n"
      << "flagged machine-spun or round-trip translated: " << s.spin_flagged << " of " << s.articles
      << " article pages (" << fixed(100 * s.spin_share, 1) << "%; development " << development.spin_flagged << " of "
      << development.articles << ", validation " << validation.spin_flagged << " of " << validation.articles << ")\n"
      << "labelled related pairs found related: " << found << " of " << labelled << "\n";
  if (!made.by_folder.empty()) {
    out << "copies made at test time found, right kind and direction: " << made.all.line() << "\n";
    for (const auto& [folder, counts] : made.by_folder) out << "  copies in " << folder << ": " << counts.line() << "\n";
    for (const auto& m : made.misses) out << "  missed " << m << "\n";
  }
  out
      << "fingerprint vs text level on candidate pairs with text: " << levels.disagreements << " disagreements in "
      << levels.pairs << " pairs (stored level possibly related where the text shows a copy: "
      << levels.stored_weaker << ", where it shows none: " << levels.stored_possibly << ")\n";
  for (const auto& e : levels.examples) out << "  " << e << "\n";
  out << "reliability of copy-type verdicts (stated confidence: verdicts, observed precision):\n";
  for (const auto& [bin, counts] : bins)
    out << "  " << fixed(kReliabilityBins[bin], 1) << "-" << fixed(std::min(1.0, kReliabilityBins[bin + 1]), 1) << ": "
        << counts.first << ", " << fixed(static_cast<double>(counts.second) / counts.first, 2) << "\n";
  out << "not articles:\n";
  for (const auto& n : not_articles) out << "  " << n << "\n";
  out << "time: " << fixed(seconds, 1) << " s (" << fixed(pages ? 1000 * seconds / pages : 0, 1) << " ms a page)\n";
  return s;
}

}  // namespace firsthand::cli
