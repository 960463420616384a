// Raw-text stripping before parsing (see raw_text_strip.h). One forward scan with find(); nothing is
// re-scanned, so the cost is linear in the page size.
#include "raw_text_strip.h"

#include <cstddef>
#include <optional>
#include <string>

#include "firsthand/page/markup_chars.h"
#include "firsthand/page/tag_attribute.h"

namespace firsthand {

namespace {

bool starts_with_tag(std::string_view html, std::size_t at, std::string_view name) {
  if (at + 1 + name.size() >= html.size()) return false;
  for (std::size_t i = 0; i < name.size(); ++i)
    if (ascii_lower(html[at + 1 + i]) != name[i]) return false;
  const char after = html[at + 1 + name.size()];
  return after == '>' || after == '/' || is_html_space(after);
}

constexpr std::size_t npos = std::string_view::npos;

// Reads the start tag at html[at] ('<' and its name) attribute by attribute, as the HTML tokenizer does, so a
// quote opens a value only after '=' ("<script data-x=it's>" ends at its '>'). Calls on_attribute with each and
// returns the position just past the tag's '>', or npos when the tag does not end.
template <class OnAttribute>
std::size_t read_start_tag(std::string_view html, std::size_t at, OnAttribute on_attribute) {
  std::size_t i = at + 1;
  while (i < html.size() && !is_html_space(html[i]) && html[i] != '/' && html[i] != '>') ++i;  // the tag name
  while (true) {
    while (i < html.size() && (is_html_space(html[i]) || html[i] == '/')) ++i;
    if (i >= html.size()) return npos;
    if (html[i] == '>') return i + 1;
    TagAttribute attribute;
    i = read_tag_attribute(html, i, &attribute);
    if (i == npos) return npos;
    on_attribute(attribute);
  }
}

std::size_t end_of_start_tag(std::string_view html, std::size_t at) {
  return read_start_tag(html, at, [](const TagAttribute&) {});
}

// Position of the "</name" that closes a raw-text element, searching case-insensitively from `from`.
std::size_t find_end_tag(std::string_view html, std::size_t from, std::string_view name) {
  for (std::size_t at = html.find("</", from); at != std::string_view::npos; at = html.find("</", at + 2)) {
    std::size_t i = 0;
    while (i < name.size() && at + 2 + i < html.size() && ascii_lower(html[at + 2 + i]) == name[i]) ++i;
    if (i == name.size()) return at;
  }
  return std::string_view::npos;
}

std::string lowered(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

// The value of the first type attribute of the start tag at html[at], lower-cased; "" if it has none. Only that
// attribute counts, so a src or class that merely contains "ld+json" is not taken for the type.
std::string type_value(std::string_view html, std::size_t at) {
  std::optional<std::string> type;
  read_start_tag(html, at, [&](const TagAttribute& a) {
    if (!type && lowered(a.name) == "type") type = lowered(a.value);
  });
  return type.value_or("");
}

// What to do at the '<' at `at`: drop html[drop_from, resume) (drop_from == npos: drop nothing), scan on from
// `resume`; `stop` when an unterminated comment or raw-text element leaves the rest to gumbo.
struct Step {
  std::size_t drop_from = npos;
  std::size_t resume = npos;
  bool stop = false;
};

Step step_at(std::string_view html, std::size_t at) {
  if (html.compare(at, 4, "<!--") == 0) {
    const std::size_t close = html.find("-->", at + 4);
    if (close == npos) return {npos, npos, true};
    return {at, close + 3};
  }
  // <noscript> too: a browser running scripts parses its body as raw text and never shows it, so an unbalanced
  // "<noscript><div></noscript>" cannot swallow the rest of the page as it does in gumbo's script-less parse.
  for (std::string_view name : {std::string_view("script"), std::string_view("style"), std::string_view("noscript")}) {
    if (!starts_with_tag(html, at, name)) continue;
    const std::size_t body = end_of_start_tag(html, at);
    const std::size_t close = body == npos ? npos : find_end_tag(html, body, name);
    if (close == npos) return {npos, npos, true};
    if (name != "script") return {body, close};
    const std::string type = type_value(html, at);
    if (type.find("ld+json") != npos) return {npos, close};  // metadata reads it
    // A template that script renders into the page, followed by its <noscript> copy (Blogger's posts): the copy
    // is what the page shows, so the template goes and the copy's markup stays (its stray end tag is ignored).
    if (type.find("text/template") != npos) {
      std::size_t next = html.find('>', close);
      if (next != npos)
        while (++next < html.size() && is_html_space(html[next])) {}
      if (next != npos && next < html.size() && starts_with_tag(html, next, "noscript"))
        if (const std::size_t copy = end_of_start_tag(html, next); copy != npos) return {at, copy};
    }
    return {body, close};
  }
  return {npos, at + 1};
}

}  // namespace

std::optional<std::string> strip_raw_text(std::string_view html) {
  std::string out;
  std::size_t copied = 0;  // html[copied, ...) is not yet in `out`
  bool changed = false;
  for (std::size_t at = html.find('<'); at != npos;) {
    const Step step = step_at(html, at);
    if (step.stop) break;
    if (step.drop_from != npos) {
      out.append(html.substr(copied, step.drop_from - copied));
      copied = step.resume;
      changed = true;
    }
    at = html.find('<', step.resume);
  }
  if (!changed) return std::nullopt;
  out.append(html.substr(copied));
  return out;
}

}  // namespace firsthand
