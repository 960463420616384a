// Date parsing for metadata (see date_parse.h). All patterns are RE2, compiled once.
#include "date_parse.h"
#include "warm_up_hooks.h"

#include <re2/re2.h>

#include <array>
#include <algorithm>
#include <cstdio>
#include <vector>

namespace firsthand {

namespace {

struct MonthName {
  std::string_view name;  // lower-case
  int number;
};

// English and the main European languages; abbreviations as news sites print them.
constexpr MonthName kMonths[] = {
    {"january", 1}, {"jan", 1}, {"janvier", 1}, {"januar", 1}, {"enero", 1}, {"gennaio", 1}, {"janeiro", 1},
    {"januari", 1}, {"february", 2}, {"feb", 2}, {"février", 2}, {"fevrier", 2}, {"februar", 2}, {"febrero", 2},
    {"febbraio", 2}, {"fevereiro", 2}, {"februari", 2}, {"march", 3}, {"mar", 3}, {"mars", 3}, {"märz", 3},
    {"marzo", 3}, {"março", 3}, {"maart", 3}, {"april", 4}, {"apr", 4}, {"avril", 4}, {"abril", 4},
    {"aprile", 4}, {"may", 5}, {"mai", 5}, {"mayo", 5}, {"maggio", 5}, {"maio", 5}, {"mei", 5}, {"june", 6},
    {"jun", 6}, {"juin", 6}, {"juni", 6}, {"junio", 6}, {"giugno", 6}, {"junho", 6}, {"july", 7}, {"jul", 7},
    {"juillet", 7}, {"juli", 7}, {"julio", 7}, {"luglio", 7}, {"julho", 7}, {"august", 8}, {"aug", 8},
    {"août", 8}, {"aout", 8}, {"agosto", 8}, {"augustus", 8}, {"september", 9}, {"sept", 9}, {"sep", 9},
    {"septembre", 9}, {"septiembre", 9}, {"settembre", 9}, {"setembro", 9}, {"october", 10}, {"oct", 10},
    {"octobre", 10}, {"oktober", 10}, {"octubre", 10}, {"ottobre", 10}, {"outubro", 10}, {"november", 11},
    {"nov", 11}, {"novembre", 11}, {"noviembre", 11}, {"novembro", 11}, {"december", 12}, {"dec", 12},
    {"décembre", 12}, {"decembre", 12}, {"dezember", 12}, {"diciembre", 12}, {"dicembre", 12},
    {"dezembro", 12},
};

// "(name|name|...)", longest names first so "sept" is not read as "sep" + "t".
std::string month_pattern() {
  std::vector<std::string_view> names;
  for (const auto& m : kMonths) names.push_back(m.name);
  std::sort(names.begin(), names.end(), [](auto a, auto b) { return a.size() > b.size(); });
  std::string out = "(";
  for (const auto& n : names) (out += n) += '|';
  out.back() = ')';
  return out;
}

int month_number(std::string_view name) {
  std::string lower(name);
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  for (const auto& m : kMonths)
    if (lower == m.name) return m.number;
  return 0;
}

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

std::optional<std::string> iso(int year, int month, int day) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return std::nullopt;
  const int days = kDays[month - 1] + (month == 2 && is_leap(year) ? 1 : 0);
  if (day > days) return std::nullopt;
  char out[32];  // room for any int, though the ranges are checked above
  std::snprintf(out, sizeof out, "%04d-%02d-%02d", year, month, day);
  return std::string(out);
}

}  // namespace

std::optional<std::string> parse_machine_date(std::string_view s) {
  static const RE2 iso_date(R"(^\s*(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s_]|[+-]\d|Z))");
  int y = 0, m = 0, d = 0;
  if (RE2::PartialMatch(s, iso_date, &y, &m, &d)) return iso(y, m, d);
  return find_date_in_text(s);
}

std::optional<std::string> find_date_in_text(std::string_view s) {
  // Each pattern captures the whole date first, so the earliest match in the line can win.
  static const RE2 month_first("((?i)\\b" + month_pattern() +
                               R"(\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b))");
  static const RE2 day_first(R"(((?i)\b(\d{1,2})(?:st|nd|rd|th|er)?\.?\s+(?:of\s+|de\s+)?)" + month_pattern() +
                             R"(\.?,?\s+(?:de\s+)?(\d{4})\b))");
  static const RE2 numeric_iso(R"((\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b))");
  static const RE2 numeric_dotted(R"((\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b))");  // day.month.year, as in Europe
  std::optional<std::string> best;
  std::size_t best_pos = std::string_view::npos;
  auto consider = [&](std::optional<std::string> date, re2::StringPiece match) {
    const auto pos = static_cast<std::size_t>(match.data() - s.data());
    if (date && pos < best_pos) {
      best = std::move(date);
      best_pos = pos;
    }
  };
  re2::StringPiece whole, month;
  int y = 0, m = 0, d = 0;
  if (RE2::PartialMatch(s, month_first, &whole, &month, &d, &y)) consider(iso(y, month_number({month.data(), month.size()}), d), whole);
  if (RE2::PartialMatch(s, day_first, &whole, &d, &month, &y)) consider(iso(y, month_number({month.data(), month.size()}), d), whole);
  if (RE2::PartialMatch(s, numeric_iso, &whole, &y, &m, &d)) consider(iso(y, m, d), whole);
  if (RE2::PartialMatch(s, numeric_dotted, &whole, &d, &m, &y)) consider(iso(y, m, d), whole);
  return best;
}

std::optional<std::string> find_date_in_url(std::string_view url) {
  static const RE2 path_date(R"(/(\d{4})[/-](\d{2})[/-](\d{2})(?:/|-|$))");
  int y = 0, m = 0, d = 0;
  if (RE2::PartialMatch(url, path_date, &y, &m, &d)) return iso(y, m, d);
  return std::nullopt;
}

namespace {
// Each pattern is one group (its (?i) ends with it), so the two can be joined into one alternation.
constexpr std::string_view kUpdatedLabel =
    R"(((?i)\b(?:updated|last modified|modified|edited|aktualisiert|actualizado)\b|mis à jour))";
// RE2's \b is ASCII-only, so the accented forms are matched without it.
constexpr std::string_view kPublishedLabel =
    R"(((?i)\b(?:published|posted|first published|released)\b|publi[ée]e?s?\s|veröffentlicht))";

const RE2& updated_label() {
  static const RE2 updated(kUpdatedLabel);
  return updated;
}
}  // namespace

std::optional<std::string> find_updated_date(std::string_view s) {
  re2::StringPiece label;
  if (!RE2::PartialMatch(s, updated_label(), &label)) return std::nullopt;
  return find_date_in_text(s.substr(static_cast<std::size_t>(label.data() + label.size() - s.data())));
}

DateLabel date_label(std::string_view s) {
  // "Published ... Updated ..." on one line: the first label names the first date. One scan finds the
  // leftmost label of either kind (this runs on every short text node of a page); no label of one kind
  // starts with a letter that starts a label of the other, so they never tie.
  static const RE2 either(std::string(kUpdatedLabel) + "|" + std::string(kPublishedLabel));
  re2::StringPiece updated, published;
  if (!RE2::PartialMatch(s, either, &updated, &published)) return DateLabel::None;
  return updated.data() != nullptr ? DateLabel::Updated : DateLabel::Published;
}

namespace detail {
void warm_up_date_patterns() {
  parse_machine_date({});
  find_date_in_text({});
  find_date_in_url({});
  updated_label();
  date_label({});
}
}  // namespace detail

}  // namespace firsthand
