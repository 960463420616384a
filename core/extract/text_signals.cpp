// Line signals for plain-text extraction and metadata (see text_signals.h). Patterns are RE2 (linear time on
// hostile text), compiled once on first use.
#include "text_signals.h"

#include <re2/re2.h>

#include <array>

#include "text_stopwords.h"
#include "warm_up_hooks.h"

namespace firsthand::text {

namespace {

constexpr std::array<std::string_view, 9> kEdgePunctuation = {
    "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99",  // “ ” ‘ ’
    "\xC2\xAB",     "\xC2\xBB",     "\xE2\x80\x94", "\xE2\x80\x93",  // « » — –
    "\xE2\x80\xA6"};                                                  // …

bool is_ascii_punct(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

std::string_view strip_edge_punctuation(std::string_view w) {
  bool changed = true;
  while (changed && !w.empty()) {
    changed = false;
    if (is_ascii_punct(w.front())) { w.remove_prefix(1); changed = true; continue; }
    if (is_ascii_punct(w.back())) { w.remove_suffix(1); changed = true; continue; }
    // Every listed mark starts with a lead byte and ends with a continuation byte: ASCII edges have none.
    if (static_cast<unsigned char>(w.front()) < 0x80 && static_cast<unsigned char>(w.back()) < 0x80) break;
    for (std::string_view p : kEdgePunctuation) {
      if (w.starts_with(p)) { w.remove_prefix(p.size()); changed = true; }
      if (w.ends_with(p)) { w.remove_suffix(p.size()); changed = true; }
    }
  }
  return w;
}

template <class F>
void for_each_word(std::string_view s, F&& f) {
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    const std::size_t start = i;
    while (i < s.size() && s[i] != ' ') ++i;
    if (i > start) f(s.substr(start, i - start));
  }
}

// Closing quotes, brackets and spaces that may follow a sentence's final mark.
std::string_view strip_closers(std::string_view s) {
  bool changed = true;
  while (changed && !s.empty()) {
    changed = false;
    for (std::string_view closer : {"\xE2\x80\x9D", "\xE2\x80\x99", "\xC2\xBB", "\"", "'", ")", "]", " "})
      if (s.ends_with(closer)) {
        s.remove_suffix(closer.size());
        changed = true;
      }
  }
  return s;
}

bool matches(std::string_view s, const RE2& re) { return RE2::PartialMatch(s, re); }

}  // namespace

std::string collapse_whitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const bool nbsp = c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0';
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || nbsp) {
      if (nbsp) ++i;
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(c);
  }
  return out;
}

std::size_t count_words(std::string_view s) {
  std::size_t n = 0;
  for_each_word(s, [&](std::string_view) { ++n; });
  return n;
}

double stop_word_ratio(std::string_view s) {
  std::size_t words = 0, stops = 0;
  std::string lower;
  for_each_word(s, [&](std::string_view w) {
    ++words;
    w = strip_edge_punctuation(w);
    lower.assign(w);
    for (char& c : lower)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (is_stop_word(lower)) ++stops;
  });
  return words == 0 ? 0.0 : static_cast<double>(stops) / static_cast<double>(words);
}

bool is_unspaced_script(std::string_view s) {
  // Count code points in the Kana, CJK ideograph and Hangul blocks (3-byte UTF-8 lead bytes E3..ED).
  std::size_t code_points = 0, cjk = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) == 0x80) continue;
    ++code_points;
    if (c >= 0xE3 && c <= 0xED) ++cjk;
  }
  return code_points > 0 && cjk * 10 > code_points * 3;
}

bool ends_like_sentence(std::string_view s) {
  s = strip_closers(s);
  if (ends_with_ellipsis(s)) return false;
  if (s.ends_with(".") || s.ends_with("!") || s.ends_with("?")) return true;
  for (std::string_view cjk_end : {"\xE3\x80\x82", "\xEF\xBC\x81", "\xEF\xBC\x9F"})  // 。！？
    if (s.ends_with(cjk_end)) return true;
  return false;
}

bool ends_with_ellipsis(std::string_view s) {
  s = strip_closers(s);
  return s.ends_with("\xE2\x80\xA6") || s.ends_with("...");
}

bool is_caption(std::string_view s) {
  // Photo credits at the end ("...Credit…Pool photo by X", "(Reuters Photo)"), copyright marks, and
  // alt text glued to its caption ("ImageRussia’s ...").
  static const RE2 credit_tail(
      R"((?i)(?:photo(?:graph)?|picture|image|credit|foto)s?\s*(?:by|of|courtesy(?: of)?|:|…|\.\.\.)\s*\S[^.!?]*$)");
  static const RE2 photo_in_brackets(R"((?i)\((?:[^()]*\s)?(?:file )?(?:photo|photograph|picture|image)s?\)\s*$)");
  static const RE2 copyright(R"(©|(?i)\bcopyright\b)");
  static const RE2 glued_alt(R"(^Image\p{Lu}\p{Ll})");
  return matches(s, credit_tail) || matches(s, photo_in_brackets) || matches(s, copyright) || matches(s, glued_alt);
}

bool is_section_label(std::string_view s) {
  static const RE2 label(
      R"((?i)^(?:related(?: news| articles?| stories| posts| topics| content| coverage)?|recommended(?: for you| stories| articles| reading)?|you (?:may|might) (?:also )?like|hot news|trending(?: now| news)?|most (?:read|popular|viewed|shared)|popular(?: posts| stories| news)?|latest(?: news| stories| posts)?|more (?:stories|news|articles)|read next|don't miss|also read|top stories|editor'?s picks|more from .{1,40})\s*:?$)");
  return matches(s, label);
}

bool is_boilerplate(std::string_view s) {
  static const RE2 whole_line(
      R"((?i)^(?:sponsored(?: content)?|advertisement|advertising|ads?|promoted(?: content)?|paid content|partner content|share(?: this(?: article| story| post| page)?)?|shares?|tweet|print|e-?mail|copy link|comments?|\d+ comments?|be the first to comment|leave a (?:comment|reply)|post a comment|read more|continue reading|load more|show more|see more|sign (?:in|up)|log ?in|log ?out|register|subscribe(?: now)?|newsletter|follow us(?: on .{1,30})?|tags?:?|tagged:.*|topics:?|keywords:?|share (?:on|via) .{1,20}|facebook|twitter|linkedin|whatsapp|reddit|pinterest|telegram|accept(?: all)?(?: cookies)?|search|menu|close|×)\s*$)");
  static const RE2 anywhere(
      R"((?i)\bcookies?\b.*\b(?:policy|consent|accept|collect|settings)\b|all rights reserved|\bunsubscribe\b|\bsign up (?:for|now|to)\b|\bsubscribe to (?:our|the)\b|\bterms of (?:use|service)\b.{0,40}\bprivacy\b|\brecaptcha\b)");
  return is_section_label(s) || matches(s, whole_line) || matches(s, anywhere);
}

bool is_social_embed(std::string_view s) {
  static const RE2 embed(
      R"(pic\.twitter\.com/|(?i)^view this post on instagram|(?i)^a post shared by|^[—–-]\s*[^()]+\(@\w+\)[^()]*$)");
  return matches(s, embed);
}

bool is_breadcrumb(std::string_view s) {
  static const RE2 separators(R"(\S\s+(?:>|›|»|/)\s+\S.*\s(?:>|›|»|/)\s+\S)");
  return matches(s, separators);
}

bool is_prose(std::string_view s) {
  if (is_caption(s) || is_boilerplate(s) || is_social_embed(s) || ends_with_ellipsis(s)) return false;
  if (is_unspaced_script(s)) {
    const std::size_t approx_chars = s.size() / 3;
    return approx_chars >= 20 && (ends_like_sentence(s) || approx_chars >= 60);
  }
  const std::size_t words = count_words(s);
  const double stops = stop_word_ratio(s);
  if (ends_like_sentence(s)) return words >= 6 && (stops >= 0.1 || words >= 12);
  return words >= 20 && stops >= 0.15;  // a long paragraph that lost its final stop
}

namespace {

// Person names: capitalised words (initials, hyphens, apostrophes) joined by commas, "and" or "&".
constexpr std::string_view kNames =
    R"(\p{Lu}[\p{L}\p{M}.'’\-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’\-]*|de|van|von|der|da|del|di|du|le|la|bin|al))*(?:(?:\s*,\s*|\s+and\s+|\s*&\s*|,\s+and\s+)\p{Lu}[\p{L}\p{M}.'’\-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’\-]*|de|van|von|der|da|del|di|du|le|la|bin|al))*)*)";

// Words that end a byline's names: what usually follows it on the same line.
bool ends_names(std::string_view word) {
  static const RE2 stop(
      R"((?i)^(?:published|updated|posted|last|on|min|read|and$|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d.*)\.?,?$)");
  return RE2::FullMatch(word, stop);
}

// The names as a pattern of their own, then an optional full stop (a signature's): bylines and signatures
// share it. Compiling the names pattern (its Unicode classes) is the costliest of the core's patterns, so
// it is compiled once for both, and their fixed openings ("By" and spaces, a dash and spaces) are read by
// plain code. The names open with an upper-case letter, never a space, so skipping every space first is
// what the former patterns' "\s+" and "\s*" did.
const RE2& names_then_stop() {
  static const RE2 re("(" + std::string(kNames) + R"()\.?)");
  return re;
}

// RE2's \s: [\t\n\f\r ].
std::string_view skip_spaces(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r')) ++i;
  return s.substr(i);
}

}  // namespace

std::optional<std::string> byline_names(std::string_view s) {
  // "By" (or "by", "BY"), at least one space, then the names: a line that does not open so is refused
  // without running the pattern (this runs on every short text node of a page).
  const RE2& names_pattern = names_then_stop();
  if (!(s.starts_with("By") || s.starts_with("by") || s.starts_with("BY"))) return std::nullopt;
  const std::string_view after_by = s.substr(2);
  re2::StringPiece rest(skip_spaces(after_by));
  if (rest.size() == after_by.size()) return std::nullopt;
  std::string names;
  if (!RE2::Consume(&rest, names_pattern, &names)) return std::nullopt;  // anchored at the start only
  // Keep words up to the first that starts what follows the byline ("Published January 12, 2022").
  std::string kept;
  for_each_word(names, [&, done = false](std::string_view w) mutable {
    if (done || ends_names(w)) {
      done = true;
      return;
    }
    if (!kept.empty()) kept += ' ';
    kept.append(w);
  });
  while (!kept.empty() && (kept.back() == ',' || kept.back() == '&')) kept.pop_back();
  if (kept.ends_with(" and")) kept.resize(kept.size() - 4);
  if (kept.empty() || kept.size() > 120) return std::nullopt;
  return collapse_whitespace(kept);
}

std::optional<std::string> signature_names(std::string_view s) {
  // A dash, spaces, the names, perhaps a full stop, and nothing else: other lines are refused without
  // running the pattern.
  const RE2& names_pattern = names_then_stop();
  if (!(s.starts_with("\xE2\x80\x94") || s.starts_with("\xE2\x80\x93"))) return std::nullopt;  // — –
  std::string names;
  if (!RE2::FullMatch(skip_spaces(s.substr(3)), names_pattern, &names) || count_words(names) > 12) return std::nullopt;
  return names;
}

void warm_up_patterns() {
  is_caption({});
  is_boilerplate({});  // and is_section_label
  is_social_embed({});
  is_breadcrumb({});
  ends_names({});
  byline_names({});
  signature_names({});
}

}  // namespace firsthand::text
