// What a reading session measured (`firsthand session`): each page's verdict as the reader would see it,
// checked against the labels, and the summary: pages read, article pages, copy-type verdicts, false alarms
// per 1,000 pages read (development and validation halves apart), alarms from self-credits, the share of
// pages flagged as machine-spun, labelled pairs found, copies made at test time found with the right kind and
// direction (per half and per folder, i.e. kind of copy), and a reliability table of stated confidence.
#pragma once
#include <iosfwd>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "firsthand/verdict.h"
#include "session_labels.h"
#include "session_pages.h"

namespace firsthand::cli {

struct JudgedPage {
  const SessionPage* page = nullptr;
  bool article = false;
  std::string not_article_reason;
  VerdictKind kind = VerdictKind::Unknown;
  double confidence = 0;
  std::string named;         // the page named as the original or sibling, else the credited source
  bool named_is_page = false;  // `named` is a page of the session (not a credit)
  std::string reason;        // the verdict's first reason
  std::string evidence;      // the deciding comparison's level and sketch scores, for tuning the floors
  std::set<std::string> related_pages;  // pages of the session the verdict found related in any way
  std::map<std::string, std::string> copies_of_page;  // related pages the verdict found copied from this page: name -> relation
  bool self_credit = false;  // the page's credit names its own site, host or byline
  bool spin_flagged = false;  // the page reads as machine-spun or round-trip translated
};

bool is_copy_type(VerdictKind kind);  // verbatim, syndicated, spun, rewrite, same source

struct LevelAgreement {
  std::size_t pairs = 0;          // candidate pairs judged on both levels
  std::size_t disagreements = 0;  // copy-type at one level, not at the other
  // The stored level says "possibly related" (no copied passage it can show) where the text shows a copy /
  // shows none.
  std::size_t stored_weaker = 0, stored_possibly = 0;
  std::vector<std::string> examples;
};

struct SessionSummary {
  double false_per_1000 = 0;
  std::size_t false_alarms = 0, self_credit_alarms = 0, spin_flagged = 0, articles = 0;
  double spin_share = 0;
};

// Prints every alarm and the summary; returns the summary's figures for the caller's limits.
SessionSummary report_session(std::ostream& out, const std::vector<JudgedPage>& judged, const SessionLabels& labels,
                              const LevelAgreement& levels, double seconds);

}  // namespace firsthand::cli
