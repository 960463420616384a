// Plain visible text -> page model: one block element per line, bullets as list items, blank lines kept as
// paragraph boundaries (an empty <br> block) because text extraction uses them. Hard-wrapped text (an email or
// a plain-text copy wrapped at about 70 columns) has its paragraphs' lines joined first.
#include "firsthand/page/text_producer.h"

#include <algorithm>
#include <string>
#include <vector>

namespace firsthand {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// "•", "-", "*", "·" followed by a space mark a list item; returns the text after the marker or npos.
std::size_t bullet_end(std::string_view line) {
  for (std::string_view marker : {"\xE2\x80\xA2 ", "- ", "* ", "\xC2\xB7 "})
    if (line.substr(0, marker.size()) == marker) return marker.size();
  return std::string_view::npos;
}

// A line was broken by wrapping when the next line's first word would not have fitted on it.
bool wrapped_before(std::string_view line, std::string_view next, std::size_t width) {
  return utf8_code_points(line) + 1 + utf8_code_points(next.substr(0, next.find_first_of(" \t"))) > width;
}

bool ends_sentence(std::string_view line) {
  for (std::string_view end : {".", "!", "?", "\"", "\xE2\x80\x9D"})
    if (line.ends_with(end)) return true;
  return false;
}

// Hard-wrapped text: most lines followed by another line end where the next word would pass the wrap width (the
// 90th percentile of their lengths, so that a few unbreakable long URLs do not set it), a width text is wrapped
// at (menus of short lines and paragraphs of hundreds of characters are not). A paragraph's lines are joined
// when each but its last ends that way and not all of them end a sentence (lines that all do are paragraphs of
// their own). In other text a line ends where its paragraph or item ends, whatever its length. Returns, per
// line, whether it runs on into the next.
constexpr std::size_t kMinWrappedLines = 4;
constexpr double kWrappedShare = 0.5;
constexpr std::size_t kMinWrapWidth = 40, kMaxWrapWidth = 100;
std::vector<bool> runs_on(const std::vector<std::string_view>& lines) {
  std::vector<std::size_t> inner;  // lines followed by a non-empty line that is not a list item
  auto continues = [&](std::size_t i) {
    return i + 1 < lines.size() && !lines[i].empty() && !lines[i + 1].empty() &&
           bullet_end(lines[i + 1]) == std::string_view::npos;
  };
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (continues(i)) inner.push_back(i);
  std::vector<bool> out(lines.size(), false);
  if (inner.size() < kMinWrappedLines) return out;
  std::vector<std::size_t> lengths;
  for (std::size_t i : inner) lengths.push_back(utf8_code_points(lines[i]));
  std::nth_element(lengths.begin(), lengths.begin() + lengths.size() * 9 / 10, lengths.end());
  const std::size_t width = lengths[lengths.size() * 9 / 10];
  if (width < kMinWrapWidth || width > kMaxWrapWidth) return out;
  auto wrapped = [&](std::size_t i) { return wrapped_before(lines[i], lines[i + 1], width); };
  if (static_cast<double>(std::count_if(inner.begin(), inner.end(), wrapped)) <
      kWrappedShare * static_cast<double>(inner.size()))
    return out;
  for (std::size_t first = 0; first < lines.size();) {
    std::size_t last = first;  // the paragraph's lines are first..last
    while (continues(last)) ++last;
    bool all_wrapped = last > first, all_sentences = true;
    for (std::size_t i = first; i < last; ++i) all_wrapped &= wrapped(i), all_sentences &= ends_sentence(lines[i]);
    if (all_wrapped && !all_sentences) std::fill(out.begin() + first, out.begin() + last, true);
    first = last + 1;
  }
  return out;
}

}  // namespace

Page page_from_text(std::string_view text) {
  Page page;
  page.source = PageSource::Text;
  const NodeId body = page.add_element(Page::root(), "body");
  std::vector<std::string_view> raws, lines;
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    raws.push_back(text.substr(start, end - start));
    lines.push_back(trim(raws.back()));
    start = end + 1;
  }
  const std::vector<bool> joined = runs_on(lines);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view raw = raws[i];
    const std::string_view line = lines[i];
    std::string run_on;  // a hard-wrapped paragraph's lines, joined
    const std::size_t first = i;
    for (; joined[i]; ++i) (run_on += lines[i]) += ' ';
    if (i > first) run_on += lines[i];
    const std::string_view whole = i > first ? std::string_view(run_on) : line;
    if (line.empty()) {
      page.add_element(body, "br");
    } else if (const auto b = bullet_end(line); b != std::string_view::npos) {
      const std::size_t indent = raw.find_first_not_of(" \t");  // nesting level of the menu item
      const NodeId li = page.add_element(body, "li", {{"data-indent", std::to_string(indent)}});
      page.add_text(li, trim(whole.substr(b)));
    } else {
      page.add_text(page.add_element(body, "p"), whole);
    }
  }
  return page;
}

}  // namespace firsthand
