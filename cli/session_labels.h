// The labels of a reading session: which pages really are related (one wire story, one text copied), so a
// copy-type verdict between them is no false alarm, and which pages really credit a source for their text.
// A labels file holds names only, never text: "PAGE<TAB>PAGE[<TAB>PAGE...]" for pages with one text behind
// them (every pair among them is related), "PAGE<TAB>credit:NAME" for a page that republishes NAME's story;
// "COPY<TAB>copy-of:PAGE<TAB>KIND" for a copy made at test time from PAGE (`firsthand copies`), whose verdict
// should be KIND (a verdict kind's name: "verbatim_copy", "syndicated", "spun_copy"); the pair is related too.
// '#' starts a comment line, or a note after the last field.
#pragma once
#include <map>
#include <set>
#include <string>
#include <utility>

#include "firsthand/result.h"

namespace firsthand::cli {

class SessionLabels {
 public:
  static Result<SessionLabels> load(const std::string& path);
  static Result<SessionLabels> load_if_given(const std::string& path);  // empty path: no labels

  bool related(const std::string& a, const std::string& b) const;
  bool credits(const std::string& page, const std::string& source) const;  // folded comparison
  bool labelled(const std::string& page) const;  // named by any label
  const std::set<std::pair<std::string, std::string>>& pairs() const { return pairs_; }

  struct MadeCopy {
    std::string original, kind;  // the page it was made from, the verdict kind it should get
  };
  const std::map<std::string, MadeCopy>& copies() const { return copies_; }  // by the copy's name

 private:
  std::set<std::pair<std::string, std::string>> pairs_;    // (smaller, larger) name
  std::set<std::pair<std::string, std::string>> credits_;  // (page, folded source)
  std::map<std::string, MadeCopy> copies_;
};

}  // namespace firsthand::cli
