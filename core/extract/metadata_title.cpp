// The title a reader sees for a page: the publisher's declared title (JSON-LD, Dublin Core, Open Graph, meta
// title, Twitter, Parse.ly, in Readability's order), else the document <title> cleaned as Readability does:
// a trailing " | Site" or " - Section" part is cut when enough words remain, a "Site: Headline" prefix too,
// and a title too short or too long to be a headline gives way to the page's only <h1>.
#include <re2/re2.h>

#include <string>
#include <vector>

#include "metadata_sources.h"

namespace firsthand::meta {

namespace {

// Readability's wordCount: pieces between whitespace runs (so "" counts one).
std::size_t word_count(std::string_view s) {
  std::size_t words = 1;
  bool in_space = false;
  for (unsigned char c : s) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    if (space && !in_space) ++words;
    in_space = space;
  }
  return words;
}

std::string trimmed(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\n\r\f");
  if (first == std::string_view::npos) return {};
  return std::string(s.substr(first, s.find_last_not_of(" \t\n\r\f") - first + 1));
}

// Byte offset of each " X " separator (X one of | - \\ / > »), as Readability's / [\|\-\\\/>»] / finds them.
std::vector<std::size_t> separators(std::string_view title, bool& hierarchical) {
  static const RE2 separator("( (?:[|\\-\\\\/>]|\xC2\xBB) )");
  static const RE2 hierarchical_separator(" (?:[\\\\/>]|\xC2\xBB) ");
  hierarchical = RE2::PartialMatch(title, hierarchical_separator);
  std::vector<std::size_t> at;
  re2::StringPiece rest(title.data(), title.size()), match;
  while (RE2::FindAndConsume(&rest, separator, &match)) at.push_back(static_cast<std::size_t>(match.data() - title.data()));
  return at;
}

std::string without_first_part(std::string_view title) {
  static const RE2 first_part("^[^|\\-\\\\/>\xC2\xBB]*(?:[|\\-\\\\/>]|\xC2\xBB)");
  std::string out(title);
  RE2::Replace(&out, first_part, "");
  return out;
}

std::size_t words_without_separators(std::string_view title) {
  static const RE2 separator_runs("(?:[|\\-\\\\/>]|\xC2\xBB)+");
  std::string out(title);
  RE2::GlobalReplace(&out, separator_runs, "");
  return word_count(out);
}

// "Headline | Site" -> "Headline" where the trailing part is the declared site name, separated by a bar,
// dash, colon or bullet; "" otherwise.
std::string without_site_name(const std::string& title, std::string_view site) {
  static const RE2 suffix("^(.+?)\\s+(?:[|:\\-\xC2\xB7\xE2\x80\xA2]|\xE2\x80\x93|\xE2\x80\x94)\\s+(.+)$");
  std::string head, tail;
  if (site.empty() || !RE2::FullMatch(title, suffix, &head, &tail)) return {};
  const auto lower = [](std::string_view s) {
    std::string out(s);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return out;
  };
  return lower(trimmed(tail)) == lower(trimmed(site)) ? head : std::string();
}

}  // namespace

std::string readable_document_title(const TitleSources& sources) {
  const std::string original = trimmed(sources.title_element);
  if (std::string head = without_site_name(original, sources.site_name); !head.empty()) return clean_field(head);
  std::string title = original;
  bool hierarchical = false;
  if (const auto at = separators(original, hierarchical); !at.empty()) {
    title = original.substr(0, at.back());
    if (word_count(title) < 3) title = without_first_part(original);
  } else if (original.find(": ") != std::string::npos) {
    bool heading_is_title = false;
    for (const auto& heading : sources.headings) heading_is_title = heading_is_title || trimmed(heading) == original;
    if (!heading_is_title) {
      title = original.substr(original.rfind(':') + 1);
      if (word_count(title) < 3) title = original.substr(original.find(':') + 1);
      else if (word_count(original.substr(0, original.find(':'))) > 5) title = original;
    }
  } else if ((utf8_code_points(original) > 150 || utf8_code_points(original) < 15) && sources.h1_count == 1) {
    title = sources.first_h1;
  }
  title = clean_field(title);
  const std::size_t words = word_count(title);
  if (words <= 4 && (!hierarchical || words != words_without_separators(original) - 1)) return original;
  return title;
}

}  // namespace firsthand::meta
