// Date parsing for metadata (see date_parse.h). All patterns are RE2, compiled once.
#include "date_parse.h"

#include <re2/re2.h>

#include <array>
#include <cstdio>

namespace firsthand {

namespace {

constexpr std::string_view kMonthPattern =
    "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    "nov(?:ember)?|dec(?:ember)?)";

int month_number(std::string_view name) {
  static constexpr std::array<std::string_view, 12> kPrefixes = {"jan", "feb", "mar", "apr", "may", "jun",
                                                                 "jul", "aug", "sep", "oct", "nov", "dec"};
  std::string lower(name.substr(0, 3));
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  for (std::size_t i = 0; i < kPrefixes.size(); ++i)
    if (lower == kPrefixes[i]) return static_cast<int>(i) + 1;
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
  static const RE2 month_first("((?i)\\b" + std::string(kMonthPattern) +
                               R"(\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b))");
  static const RE2 day_first(R"(((?i)\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?)" + std::string(kMonthPattern) +
                             R"(\.?,?\s+(\d{4})\b))");
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

DateLabel date_label(std::string_view s) {
  static const RE2 updated(R"(((?i)\b(?:updated|last modified|modified|edited)\b))");
  static const RE2 published(R"(((?i)\b(?:published|posted|first published|released|publi[ée]|veröffentlicht)\b))");
  // "Published ... Updated ..." on one line: the first label names the first date.
  re2::StringPiece u, p;
  const bool has_updated = RE2::PartialMatch(s, updated, &u);
  const bool has_published = RE2::PartialMatch(s, published, &p);
  if (has_published && (!has_updated || p.data() < u.data())) return DateLabel::Published;
  if (has_updated) return DateLabel::Updated;
  return DateLabel::None;
}

}  // namespace firsthand
