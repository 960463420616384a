// A single forward scan that follows tag nesting well enough to find hostile depth (see nesting_guard.h). It
// is no HTML parser: it only has to keep ordinary pages unchanged and keep hostile ones shallow, linearly.
#include "nesting_guard.h"

#include <algorithm>
#include <array>

#include "firsthand/page/markup_chars.h"

namespace firsthand {

namespace {

constexpr std::size_t kLongestSpecialName = 9;  // "plaintext"; longer names are ordinary elements

// Void elements, and elements a following sibling closes implicitly, which therefore cannot pile up.
constexpr std::array<std::string_view, 41> kNotNesting = {
    "area", "base", "br", "col", "embed", "hr", "img", "image", "input", "link", "meta", "param", "source",
    "track", "wbr", "basefont", "bgsound", "frame", "keygen", "p", "li", "dt", "dd", "option", "optgroup",
    "tr", "td", "th", "tbody", "thead", "tfoot", "colgroup", "caption", "rb", "rt", "rp", "rtc", "html",
    "head", "body", "menuitem"};
// Elements whose content is text up to their end tag: a "<div>" inside a script is not an element.
constexpr std::array<std::string_view, 9> kRawText = {"script", "style",   "textarea", "title",   "xmp",
                                                      "iframe", "noembed", "noframes", "noscript"};


bool contains(const auto& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Position after the '>' closing the tag whose name ends at `i`; '>' inside quoted attribute values is text. A
// quote opens a value only right after '=' (spaces between allowed). Bytes that are none of '>', '"', '\''
// are skipped in a tight loop of three compares: attribute values (class lists, inline SVG, data URLs) are most of a tag.
std::size_t tag_end(std::string_view html, std::size_t i) {
  const std::size_t start = i;
  while (true) {
    while (i < html.size() && html[i] != '>' && html[i] != '"' && html[i] != '\'') ++i;
    if (i >= html.size()) return html.size();
    if (html[i] == '>') return i + 1;
    std::size_t before = i;
    while (before > start && is_html_space(html[before - 1])) --before;
    if (before > start && html[before - 1] == '=') {
      const std::size_t close = html.find(html[i], i + 1);
      if (close == std::string_view::npos) return html.size();
      i = close;
    }
    ++i;
  }
}

// Start of the end tag "</name" (any case) at or after `from`, or the end of the input.
std::size_t raw_text_end(std::string_view html, std::size_t from, std::string_view lower_name) {
  for (std::size_t i = html.find("</", from); i != std::string_view::npos; i = html.find("</", i + 2)) {
    const std::string_view candidate = html.substr(i + 2, lower_name.size());
    if (candidate.size() == lower_name.size() &&
        std::equal(candidate.begin(), candidate.end(), lower_name.begin(),
                   [](char a, char b) { return ascii_lower(a) == b; }))
      return i;
  }
  return html.size();
}

}  // namespace

std::optional<std::string> flatten_deep_markup(std::string_view html, std::size_t max_depth) {
  std::string out;
  std::size_t copied = 0;  // html[0, copied) is already decided: in `out` or dropped
  bool changed = false;
  const auto drop = [&](std::size_t from, std::size_t to) {
    out.append(html.substr(copied, from - copied));
    copied = to;
    changed = true;
  };

  std::size_t depth = 0;
  for (std::size_t i = html.find('<'); i != std::string_view::npos; i = html.find('<', i)) {
    if (html.substr(i, 4) == "<!--") {
      const std::size_t close = html.find("-->", i + 4);
      i = close == std::string_view::npos ? html.size() : close + 3;
      continue;
    }
    const bool closing = html.substr(i + 1, 1) == "/";
    const std::size_t name_start = i + 1 + (closing ? 1 : 0);
    if (name_start >= html.size() || !is_ascii_alpha(html[name_start])) {
      // "<!doctype ...>", "<?...>" and "</ ...>" end at the next '>'; a lone "<" is text.
      const bool bogus = !closing && (html.substr(i + 1, 1) == "!" || html.substr(i + 1, 1) == "?");
      const std::size_t close = html.find('>', i + 1);
      i = bogus || closing ? (close == std::string_view::npos ? html.size() : close + 1) : i + 1;
      continue;
    }
    std::size_t name_end = name_start;
    while (name_end < html.size() && !is_html_space(html[name_end]) && html[name_end] != '/' && html[name_end] != '>')
      ++name_end;
    std::string name;
    if (name_end - name_start <= kLongestSpecialName)
      for (std::size_t k = name_start; k < name_end; ++k) name.push_back(ascii_lower(html[k]));
    const std::size_t end = tag_end(html, name_end);
    const bool raw_text = contains(kRawText, name);
    const bool nests = !raw_text && !contains(kNotNesting, name);

    if (closing) {
      if (nests) {
        if (depth > max_depth) drop(i, end);
        if (depth > 0) --depth;
      }
      i = end;
      continue;
    }
    if (name == "plaintext") break;  // the rest of the document is text
    if (raw_text) {
      i = raw_text_end(html, end, name);
      continue;
    }
    const bool self_closing = end >= 2 && html[end - 2] == '/' && html[end - 1] == '>';
    if (nests && !self_closing && ++depth > max_depth) drop(i, end);
    i = end;
  }
  if (!changed) return std::nullopt;
  out.append(html.substr(copied));
  return out;
}

}  // namespace firsthand
