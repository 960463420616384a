// Reading the labels of a reading session (session_labels.h).
#include "session_labels.h"

#include <fstream>

#include "firsthand/fingerprint/normalize.h"

namespace firsthand::cli {
namespace {

constexpr std::string_view kCreditPrefix = "credit:";

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
    const auto tab = line.find('\t');
    if (tab == std::string::npos)
      return Result<SessionLabels>::failure(path + ":" + std::to_string(number) + ": expected PAGE<TAB>PAGE");
    const std::string a = line.substr(0, tab);
    std::string b = line.substr(tab + 1);
    if (const auto end = b.find('\t'); end != std::string::npos) b.resize(end);  // a note may follow
    if (b.starts_with(kCreditPrefix))
      labels.credits_.emplace(a, fold_text(b.substr(kCreditPrefix.size())));
    else
      labels.pairs_.insert(ordered(a, b));
  }
  return labels;
}

bool SessionLabels::related(const std::string& a, const std::string& b) const {
  return pairs_.count(ordered(a, b)) > 0;
}

bool SessionLabels::credits(const std::string& page, const std::string& source) const {
  return credits_.count({page, fold_text(source)}) > 0;
}

}  // namespace firsthand::cli
