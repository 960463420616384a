// The labels of a reading session: which pages really are related (one wire story, one text copied), so a
// copy-type verdict between them is no false alarm, and which pages really credit a source for their text.
// A labels file holds names only, never text: "PAGE<TAB>PAGE[<TAB>PAGE...]" for pages with one text behind
// them (every pair among them is related), "PAGE<TAB>credit:NAME" for a page that republishes NAME's story;
// '#' starts a comment line, or a note after the last field.
#pragma once
#include <set>
#include <string>
#include <utility>

#include "firsthand/result.h"

namespace firsthand::cli {

class SessionLabels {
 public:
  static Result<SessionLabels> load(const std::string& path);

  bool related(const std::string& a, const std::string& b) const;
  bool credits(const std::string& page, const std::string& source) const;  // folded comparison
  const std::set<std::pair<std::string, std::string>>& pairs() const { return pairs_; }

 private:
  std::set<std::pair<std::string, std::string>> pairs_;    // (smaller, larger) name
  std::set<std::pair<std::string, std::string>> credits_;  // (page, folded source)
};

}  // namespace firsthand::cli
