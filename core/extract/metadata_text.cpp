// Metadata of a visible-text page, read around the body that text_layout.cpp located: the headline is the
// nearest title-like line above the body that has a date or byline beside it; the date, byline and credit
// come from the header between the headline and the body (so sidebar dates elsewhere on the page are
// ignored); a signature or credit line just after the body completes them; the site name comes from the
// logo's alt text or the copyright line.
#include <re2/re2.h>

#include "date_parse.h"
#include "metadata_sources.h"
#include "text_layout.h"
#include "text_signals.h"
#include "warm_up_hooks.h"

namespace firsthand::meta {

namespace {

using text::LineKind;
using text::TextLayout;
constexpr std::size_t npos = TextLayout::npos;

constexpr std::size_t kTitleNeighbourhood = 2;   // non-blank lines around a headline that carry date or byline
constexpr std::size_t kLabelLookBack = 4;        // a headline shortly after "RECOMMENDED" is another story's
constexpr std::size_t kHeaderLinesWithoutTitle = 8;  // header searched above the body when no headline is seen
constexpr std::size_t kLinesAfterBody = 3;       // where signatures and credit lines sit
constexpr std::size_t kMaxTitleWords = 30;
constexpr std::size_t kMaxSiteNameWords = 6;

// Index of the non-blank line `steps` away from `i` (negative: before), or npos.
std::size_t non_blank_step(const TextLayout& layout, std::size_t i, int steps) {
  const auto& lines = layout.lines;
  while (steps != 0) {
    if (steps < 0 ? i == 0 : i + 1 >= lines.size()) return npos;
    i = steps < 0 ? i - 1 : i + 1;
    if (!lines[i].text.empty()) steps += steps < 0 ? 1 : -1;
  }
  return i;
}

bool names_date_or_author(const text::TextLine& line) {
  if (line.kind == LineKind::Caption || line.kind == LineKind::Prose) return false;
  return find_date_in_text(line.text) || text::byline_names(line.text) || find_credit(line.text);
}

bool looks_like_headline(const text::TextLine& line) {
  if (line.bullet || (line.kind != LineKind::Heading && line.kind != LineKind::Repeated)) return false;
  const std::size_t words = text::count_words(line.text);
  return words >= 2 && words <= kMaxTitleWords && !line.text.ends_with(".") && !text::ends_with_ellipsis(line.text) &&
         !text::is_breadcrumb(line.text) && !text::byline_names(line.text);
}

bool near_date_or_author(const TextLayout& layout, std::size_t i) {
  for (int d = 1; d <= static_cast<int>(kTitleNeighbourhood); ++d)
    for (int sign : {-1, 1})
      if (const auto j = non_blank_step(layout, i, sign * d); j != npos && names_date_or_author(layout.lines[j]))
        return true;
  return false;
}

bool follows_section_label(const TextLayout& layout, std::size_t i) {
  for (int d = 1; d <= static_cast<int>(kLabelLookBack); ++d)
    if (const auto j = non_blank_step(layout, i, -d); j != npos && layout.lines[j].kind == LineKind::SectionLabel)
      return true;
  return false;
}

std::size_t find_title(const TextLayout& layout, std::size_t header_end) {
  for (std::size_t i = header_end; i-- > 0;)
    if (looks_like_headline(layout.lines[i]) && near_date_or_author(layout, i) && !follows_section_label(layout, i))
      return i;
  return npos;
}

// Publication (and update) date from the header: a "Published ..." line wins, else the date nearest the
// headline (or the body when there is no headline).
void read_header_dates(const TextLayout& layout, std::size_t from, std::size_t to, std::size_t anchor,
                       Metadata& meta, bool labelled_only = false) {
  std::size_t best_distance = npos;
  bool best_labelled = false;
  for (std::size_t i = from; i < to; ++i) {
    const auto& line = layout.lines[i];
    if (line.kind == LineKind::Caption || line.kind == LineKind::Prose || line.text.empty()) continue;
    const auto date = find_date_in_text(line.text);
    if (!date) continue;
    if (meta.modified_date.empty())
      if (auto updated = find_updated_date(line.text)) meta.modified_date = *updated;
    const DateLabel label = date_label(line.text);
    if (label == DateLabel::Updated) continue;
    const bool labelled = label == DateLabel::Published;
    if (labelled_only && !labelled) continue;
    const std::size_t distance = i > anchor ? i - anchor : anchor - i;
    if ((labelled && !best_labelled) || (labelled == best_labelled && distance < best_distance)) {
      meta.date = *date;
      meta.date_source = "text";
      best_distance = distance;
      best_labelled = labelled;
    }
  }
}

void read_credit_line(std::string_view line, Metadata& meta) {
  if (!meta.credit.empty()) return;
  if (auto credit = find_credit(line)) {
    meta.credit = std::move(credit->source);
    meta.credit_evidence = std::move(credit->evidence);
  }
}

std::string site_name(const TextLayout& layout) {
  static const RE2 logo(R"((?i)^(.+?)\s+logo$)");
  static const RE2 copyright(
      R"(^(?:(?i:copyright)\s*)?©\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*\|?\s*(\p{Lu}[\p{L}\p{M}&.'’ -]+?)\s*(?:\||\.|,|\d{4}|(?i:all rights)|$))");
  std::string name;
  for (const auto& line : layout.lines)
    if (RE2::FullMatch(line.text, logo, &name) && text::count_words(name) <= kMaxSiteNameWords) return name;
  // A logo's alt text printed next to the visible name: "Daily NewsDaily News".
  for (const auto& line : layout.lines) {
    const std::string& s = line.text;
    if (s.size() >= 4 && s.size() <= 80 && s.size() % 2 == 0 &&
        s.compare(0, s.size() / 2, s, s.size() / 2, s.size() / 2) == 0)
      return s.substr(0, s.size() / 2);
  }
  for (const auto& line : layout.lines)
    if (RE2::PartialMatch(line.text, copyright, &name) && text::count_words(name) <= kMaxSiteNameWords) return name;
  return {};
}

}  // namespace

Metadata from_text_page(const Page& page) {
  const TextLayout layout = text::analyse_text_page(page);
  Metadata meta;
  const std::size_t header_end = layout.body_start == npos ? layout.lines.size() : layout.body_start;
  const std::size_t title = find_title(layout, header_end);
  std::size_t header_start = 0;
  if (title != npos) {
    meta.title = clean_field(layout.lines[title].text);
    const std::size_t before = non_blank_step(layout, title, -static_cast<int>(kTitleNeighbourhood));
    header_start = before == npos ? 0 : before;
  } else if (const auto start = non_blank_step(layout, header_end, -static_cast<int>(kHeaderLinesWithoutTitle));
             start != npos) {
    header_start = start;
  }
  read_header_dates(layout, header_start, header_end, title != npos ? title : header_end, meta);
  // A plain-text page whose body starts at its first line (a long headline read as prose: no header) may still
  // say "Published DATE" among its first lines; only such a labelled line is taken, not a date in the text.
  if (meta.date.empty() && header_end == 0) {
    const std::size_t end = non_blank_step(layout, 0, static_cast<int>(kHeaderLinesWithoutTitle));
    read_header_dates(layout, 0, end == npos ? layout.lines.size() : end, 0, meta, true);
  }
  for (std::size_t i = header_start; i < header_end; ++i) {
    const auto& line = layout.lines[i];
    if (line.kind == LineKind::Caption || line.kind == LineKind::Prose) continue;
    read_credit_line(line.text, meta);
    if (const auto names = text::byline_names(line.text)) apply_byline(*names, line.text, meta);
  }
  if (layout.body_end != npos)
    for (std::size_t step = 1; step <= kLinesAfterBody; ++step) {
      const std::size_t i = non_blank_step(layout, layout.body_end, static_cast<int>(step));
      if (i == npos) break;
      const std::string& line = layout.lines[i].text;
      if (const auto names = text::signature_names(line)) apply_byline(*names, line, meta);
      read_credit_line(line, meta);
    }
  meta.site_name = clean_field(site_name(layout));
  std::string body_text;
  for (std::size_t i : layout.body) (body_text += layout.lines[i].text) += '\n';
  meta.language = detect_language(body_text);
  return meta;
}

void warm_up_text_patterns() { site_name(TextLayout{}); }

}  // namespace firsthand::meta
