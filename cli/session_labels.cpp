// Reading the labels of a reading session (session_labels.h).
#include "session_labels.h"

#include <algorithm>
#include <fstream>
#include <vector>

#include "firsthand/fingerprint/normalize.h"

namespace firsthand::cli {
namespace {

constexpr std::string_view kCreditPrefix = "credit:";
constexpr std::string_view kCopyPrefix = "copy-of:";

std::pair<std::string, std::string> ordered(const std::string& a, const std::string& b) {
  return a < b ? std::pair(a, b) : std::pair(b, a);
}

}  // namespace

Result<SessionLabels> SessionLabels::load(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Result<SessionLabels>::failure(path + ": cannot open");
  SessionLabels labels;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> pages;
    for (std::size_t start = 0; start <= line.size();) {
      const auto tab = std::min(line.find('\t', start), line.size());
      std::string field = line.substr(start, tab - start);
      start = tab + 1;
      if (field.starts_with("#")) break;  // a note ends the line
      if (!field.empty()) pages.push_back(std::move(field));
    }
    if (pages.size() < 2)
      return Result<SessionLabels>::failure(path + ":" + std::to_string(number) + ": expected PAGE<TAB>PAGE");
    if (pages[1].starts_with(kCreditPrefix)) {
      labels.credits_.emplace(pages[0], fold_text(pages[1].substr(kCreditPrefix.size())));
      continue;
    }
    if (pages[1].starts_with(kCopyPrefix)) {
      if (pages.size() != 3)
        return Result<SessionLabels>::failure(path + ":" + std::to_string(number) + ": expected COPY<TAB>copy-of:PAGE<TAB>KIND");
      const std::string original = pages[1].substr(kCopyPrefix.size());
      labels.copies_[pages[0]] = MadeCopy{original, pages[2]};
      labels.pairs_.insert(ordered(pages[0], original));
      continue;
    }
    for (std::size_t i = 0; i < pages.size(); ++i)
      for (std::size_t j = i + 1; j < pages.size(); ++j) labels.pairs_.insert(ordered(pages[i], pages[j]));
  }
  return labels;
}

Result<SessionLabels> SessionLabels::load_if_given(const std::string& path) {
  return path.empty() ? Result<SessionLabels>(SessionLabels{}) : load(path);
}

bool SessionLabels::related(const std::string& a, const std::string& b) const {
  return pairs_.count(ordered(a, b)) > 0;
}

bool SessionLabels::labelled(const std::string& page) const {
  for (const auto& [a, b] : pairs_)
    if (a == page || b == page) return true;
  for (const auto& [credited, source] : credits_)
    if (credited == page) return true;
  return false;
}

bool SessionLabels::credits(const std::string& page, const std::string& source) const {
  const std::string folded = fold_text(source);
  if (credits_.count({page, folded})) return true;
  // A site's name without the tagline its title adds after a separator ("Katzen Forum" for "Katzen Forum -
  // Das große Katzenforum") names the same publisher.
  for (auto it = credits_.lower_bound({page, ""}); it != credits_.end() && it->first == page; ++it) {
    const std::string& labelled = it->second;
    if (!labelled.starts_with(folded + " ")) continue;
    const std::string_view rest = std::string_view(labelled).substr(folded.size() + 1);
    for (const std::string_view separator : {"-", "|", "–", "—", "·", ":"})
      if (rest.starts_with(separator)) return true;
  }
  return false;
}

}  // namespace firsthand::cli
