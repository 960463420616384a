// Serialised DOM + rendered text -> page model (see serialized_dom.h).
//
// Workflow:
//   1. Read the markup in one forward scan (TreeBuilder::build): text runs with their escapes decoded, start
//      tags with their attributes, end tags, comments. Raw-text elements (script, style...) are taken whole up
//      to their end tag, because the serialiser writes their text unescaped.
//   2. Build the page model as tags open and close: a stack of open elements; an end tag closes up to its
//      matching open element and is ignored when none is open (a count of open elements per name answers that
//      without walking the stack, so stray end tags cannot make the scan quadratic). Dropped elements
//      (kept_markup.h) and <template> stay on the stack without a node, so everything inside them is skipped.
//   3. Fold the rendered text and the text nodes of <body> the same way (fold_for_alignment): no whitespace,
//      case and accents folded, because innerText collapses whitespace and applies text-transform.
//   4. Align the text nodes, in document order, against the rendered text with a greedy cursor (align): a
//      node whose text stands at the cursor is visible; a long node may be found a little further on
//      (innerText holds text the serialisation lacks: shadow DOM); anything else was not rendered.
//   5. Safety net: when the alignment explains less than 90% of the rendered text, it failed, and nothing it
//      says can be trusted; every node is kept, exactly as when no rendered text is given.
//   6. Drop the hidden text nodes and the elements of the body all of whose text was hidden (drop_hidden), by
//      rebuilding the flat node array without them.
// Every step is linear in the input: nothing is rescanned, and the alignment's searches share a budget.
#include "firsthand/page/serialized_dom.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <map>
#include <utility>
#include <vector>

#include "firsthand/page/kept_markup.h"
#include "firsthand/page/limits.h"
#include "firsthand/page/markup_chars.h"
#include "firsthand/page/tag_attribute.h"
#include "fold.h"

namespace firsthand {

namespace {

constexpr std::size_t npos = std::string_view::npos;

// Elements the serialiser writes without an end tag (they have no children).
constexpr std::array<std::string_view, 18> kVoidElements = {
    "area", "base", "br",     "col",   "embed", "hr",      "img",     "input",  "link",
    "meta", "source", "track", "wbr", "basefont", "bgsound", "frame", "keygen", "param"};
// Elements whose text the serialiser writes unescaped: their content runs to their end tag, whatever it holds.
constexpr std::array<std::string_view, 8> kRawTextElements = {"script",  "style",    "xmp",       "iframe",
                                                              "noembed", "noframes", "plaintext", "noscript"};
// Past this many open elements, start tags are counted rather than stacked: the page model keeps only
// limits::kMaxDepth levels anyway, and the stack of a hostile 64 MB of "<a>" must not take gigabytes.
constexpr std::size_t kMaxOpenElements = 4 * limits::kMaxDepth;


template <std::size_t N>
bool is_one_of(const std::array<std::string_view, N>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Writes `name` lower-cased into `out`. Tag names hold ASCII in practice; other bytes are made valid UTF-8.
void lower_name(std::string& out, std::string_view name) {
  out.assign(name.data(), name.size());
  bool ascii = true;
  for (char& c : out) {
    ascii = ascii && static_cast<unsigned char>(c) - 1u < 0x7Fu;  // 0x01..0x7F
    c = ascii_lower(c);
  }
  if (!ascii) out = sanitize_utf8(out);
}

// Decodes the escape at s[at] == '&' into `out` and returns how many bytes it took. The serialiser writes
// only &amp; &lt; &gt; &quot; &nbsp;; numeric references are read too. Anything else is text, as written.
std::size_t decode_escape(std::string_view s, std::size_t at, std::string& out) {
  struct Named {
    std::string_view name;
    std::string_view text;
  };
  static constexpr std::array<Named, 5> kNamed = {
      {{"amp;", "&"}, {"lt;", "<"}, {"gt;", ">"}, {"quot;", "\""}, {"nbsp;", "\xC2\xA0"}}};
  const std::string_view rest = s.substr(at + 1);
  for (const Named& e : kNamed) {
    if (rest.substr(0, e.name.size()) == e.name) {
      out.append(e.text);
      return 1 + e.name.size();
    }
  }
  if (!rest.empty() && rest[0] == '#') {
    const bool hex = rest.size() > 1 && (rest[1] == 'x' || rest[1] == 'X');
    const std::size_t digits = hex ? 2 : 1;
    std::size_t j = digits;
    char32_t cp = 0;
    for (; j < rest.size() && j - digits < 8; ++j) {  // 8 digits cannot overflow 32 bits
      const char c = rest[j];
      int value = -1;
      if (c >= '0' && c <= '9') value = c - '0';
      else if (hex && ascii_lower(c) >= 'a' && ascii_lower(c) <= 'f') value = ascii_lower(c) - 'a' + 10;
      if (value < 0) break;
      cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(value);
    }
    if (j > digits && j < rest.size() && rest[j] == ';') {
      if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = detail::kReplacementCharacter;
      detail::append_utf8(out, cp);
      return 1 + j + 1;
    }
  }
  out.push_back('&');
  return 1;
}

// Appends `s` to `out` with its escapes decoded.
void append_decoded(std::string& out, std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t amp = s.find('&', i);
    if (amp == npos) {
      out.append(s.substr(i));
      return;
    }
    out.append(s.substr(i, amp - i));
    i = amp + decode_escape(s, amp, out);
  }
}

// Start of the end tag "</name" (any case, then a space, '/' or '>') at or after `from`, or npos.
std::size_t find_end_tag(std::string_view s, std::size_t from, std::string_view name) {
  for (std::size_t at = s.find("</", from); at != npos; at = s.find("</", at + 2)) {
    const std::size_t after = at + 2 + name.size();
    if (after > s.size()) return npos;
    std::size_t k = 0;
    while (k < name.size() && ascii_lower(s[at + 2 + k]) == name[k]) ++k;
    if (k == name.size() && (after == s.size() || is_html_space(s[after]) || s[after] == '/' || s[after] == '>'))
      return at;
  }
  return npos;
}

// Steps 1 and 2: markup in, page model out.
class TreeBuilder {
 public:
  explicit TreeBuilder(std::string_view html) : html_(html) {}

  Page build() {
    for (std::size_t i = 0; i < html_.size();) {
      const std::size_t lt = html_.find('<', i);
      append_decoded(text_, html_.substr(i, lt == npos ? npos : lt - i));
      if (lt == npos) break;
      i = markup_at(lt);
    }
    flush_text();
    return std::move(page_);
  }

 private:
  struct OpenElement {
    std::string tag;
    NodeId id;  // kNoNode: dropped (or cut by a limit), and so is everything inside it
  };

  NodeId parent() const { return open_.empty() ? Page::root() : open_.back().id; }

  // Text is added when markup ends it, so text split only by a comment stays two nodes, as in the DOM.
  void flush_text() {
    if (!text_.empty() && parent() != kNoNode) page_.add_text(parent(), text_);
    text_.clear();
  }

  // Reads the markup at html_[lt] == '<' and returns where the scan goes on (the end of the input when the
  // markup is cut off there: a browser drops an unterminated tag or comment too).
  std::size_t markup_at(std::size_t lt) {
    const std::string_view h = html_;
    const char next = lt + 1 < h.size() ? h[lt + 1] : '\0';
    if (is_ascii_alpha(next)) return start_tag(lt);
    if (next == '/' && lt + 2 < h.size() && is_ascii_alpha(h[lt + 2])) return end_tag(lt);
    if (h.compare(lt, 4, "<!--") == 0) {
      flush_text();
      const std::size_t close = h.find("-->", lt + 4);
      return close == npos ? h.size() : close + 3;
    }
    if (next == '!' || next == '?' || next == '/') {  // doctype, CDATA, processing instruction, "</>", "</ x>"
      flush_text();
      const std::size_t close = h.find('>', lt + 2);
      return close == npos ? h.size() : close + 1;
    }
    text_.push_back('<');  // a '<' that starts nothing is text (the serialiser escapes it; hostile input may not)
    return lt + 1;
  }

  std::size_t start_tag(std::size_t lt) {
    const std::string_view h = html_;
    std::size_t p = lt + 1;
    while (p < h.size() && !is_html_space(h[p]) && h[p] != '/' && h[p] != '>') ++p;
    lower_name(tag_, h.substr(lt + 1, p - lt - 1));
    attributes_.clear();
    bool self_closing = false;
    for (;;) {
      while (p < h.size() && (is_html_space(h[p]) || h[p] == '/')) {
        self_closing = h[p] == '/' && p + 1 < h.size() && h[p + 1] == '>';
        ++p;
      }
      if (p >= h.size()) return h.size();
      if (h[p] == '>') break;
      TagAttribute attribute;
      p = read_tag_attribute(h, p, &attribute);
      if (p == npos) return h.size();
      keep_attribute(attribute.name, attribute.value);
    }
    ++p;  // past '>'
    flush_text();
    const NodeId id = add_element();
    if (self_closing || is_one_of(kVoidElements, tag_)) return p;
    if (!is_one_of(kRawTextElements, tag_)) {
      open(id);
      return p;
    }
    // Raw text: the content, unescaped, is the element's one text node (only JSON-LD scripts, xmp, noembed
    // and noframes keep theirs: the other raw-text elements are dropped). Nothing inside is markup, so the
    // element is never opened.
    const std::size_t end = find_end_tag(h, p, tag_);
    const std::size_t content_end = end == npos ? h.size() : end;
    if (id != kNoNode && content_end > p) page_.add_text(id, h.substr(p, content_end - p));
    if (end == npos) return h.size();
    const std::size_t close = h.find('>', end + 2 + tag_.size());
    return close == npos ? h.size() : close + 1;
  }

  void keep_attribute(std::string_view raw_name, std::string_view raw_value) {
    lower_name(name_, raw_name);
    if (!is_kept_attribute(name_)) return;
    for (const Attribute& a : attributes_)
      if (a.name == name_) return;  // the first of repeated attributes counts, as in the HTML parser
    value_.clear();
    append_decoded(value_, raw_value);
    attributes_.push_back({name_, sanitize_utf8(value_)});
  }

  // Adds the element of the start tag just read to the page (kNoNode when it is dropped or inside a dropped
  // element, or a limit cut it).
  NodeId add_element() {
    std::string_view type;
    for (const Attribute& a : attributes_)
      if (a.name == "type") type = a.value;
    if (parent() == kNoNode || is_dropped_element(tag_, type)) return kNoNode;
    return page_.add_element(parent(), tag_, std::move(attributes_));
  }

  void open(NodeId id) {
    if (open_.size() >= kMaxOpenElements) {
      ++uncounted_open_;
      return;
    }
    open_.push_back({tag_, id});
    ++open_count_[tag_];
  }

  std::size_t end_tag(std::size_t lt) {
    const std::string_view h = html_;
    std::size_t p = lt + 2;
    while (p < h.size() && !is_html_space(h[p]) && h[p] != '/' && h[p] != '>') ++p;
    lower_name(name_, h.substr(lt + 2, p - lt - 2));
    const std::size_t close = h.find('>', p);
    if (close == npos) return h.size();
    // A stray end tag (no such element open) is ignored: the text around it stays one node.
    if (uncounted_open_ == 0 && open_count_.find(name_) == open_count_.end()) return close + 1;
    flush_text();
    close_element(name_);
    return close + 1;
  }

  // Closes the innermost open element named `tag`, which is open, and every element opened inside it.
  void close_element(const std::string& tag) {
    if (uncounted_open_ > 0) {  // past the stack's limit, every end tag closes the innermost element
      --uncounted_open_;
      return;
    }
    while (!open_.empty()) {
      const OpenElement top = std::move(open_.back());
      open_.pop_back();
      const auto it = open_count_.find(top.tag);
      if (--it->second == 0) open_count_.erase(it);  // so the map never holds more names than the stack
      if (top.tag == tag) return;
    }
  }

  std::string_view html_;
  Page page_;
  std::vector<OpenElement> open_;
  // How many elements of each name are open (names with none are erased). A std::map rather than an
  // unordered_map: 2 KB less wasm, and it holds only the few names open at once.
  std::map<std::string, std::uint32_t, std::less<>> open_count_;
  std::size_t uncounted_open_ = 0;
  std::string text_;  // decoded text not yet added
  std::string tag_, name_, value_;
  std::vector<Attribute> attributes_;
};

// Step 3. The comparison form of text: without whitespace or invisible characters (both vary between the DOM's
// text and innerText), case- and accent-folded by the core's own folding (text-transform changes case;
// upper-cased "ß" is "SS", and both fold to "ss"). It is kept as UTF-8, a quarter of the memory of code
// points and compared with memcmp; a match can only start where a character starts, since the first byte of
// a folded text never continues a character.

// Per ASCII byte: its folded byte, or 0 when alignment leaves it out (whitespace, NUL).
constexpr std::array<char, 128> kAsciiAlignmentFolds = [] {
  std::array<char, 128> table{};
  for (std::size_t b = 0; b < table.size(); ++b) {
    const detail::FoldedChar& c = detail::kAsciiFolds[b];
    const bool skipped = c.cls == detail::CharClass::Space || c.cls == detail::CharClass::Drop;
    table[b] = skipped ? '\0' : static_cast<char>(c.first);
  }
  return table;
}();

// Appends the folded form of `text` to `out` and returns how many characters it added. The bytes are written
// through a pointer into room made beforehand: a character folds to at most 4 times its bytes (two code
// points of up to 4 bytes each from a 2-byte character), and per-byte push_back was most of the cost in wasm.
std::size_t fold_for_alignment(std::string& out, std::string_view text) {
  const std::size_t start = out.size();
  out.resize(start + 4 * text.size());
  char* const begin = out.data() + start;
  char* write = begin;
  std::size_t chars = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {  // most text: one table load a byte
      ++pos;
      if (const char folded = kAsciiAlignmentFolds[byte]) {
        *write++ = folded;
        ++chars;
      }
      continue;
    }
    const detail::FoldedAt f = detail::fold_utf8_at(text, pos);
    pos += f.length;
    if (f.c.cls == detail::CharClass::Space || f.c.cls == detail::CharClass::Drop) continue;
    detail::FoldedChar c = f.c;
    if (c.first == U'\u03C2') c.first = U'\u03C3';  // upper-cased, a final sigma is a plain sigma
    write = detail::write_folded(write, c);
    chars += c.second ? 2 : 1;
  }
  out.resize(start + static_cast<std::size_t>(write - begin));
  return chars;
}

// A text node's folded text: dom[begin, begin + bytes), `chars` characters.
struct TextSpan {
  NodeId node;
  std::size_t begin;
  std::size_t bytes;
  std::size_t chars;
};

// Text shorter than this (folded characters) is never looked for past the cursor: "Share" or "12" would be
// found somewhere ahead by chance and throw the cursor past text that is really there.
constexpr std::size_t kMinSearchedChars = 12;
// How far past the cursor a long node is looked for (folded bytes, ~16,000 characters of Latin text): enough
// for a shadow-DOM widget's text, not so far that a hidden node finds its visible duplicate pages later.
constexpr std::size_t kSearchWindowBytes = 16384;
// A node not at the cursor is hidden, rather than found further on, when a node after it, within this much
// folded DOM text and of at least kMinLaterChars characters (or shorter but followed there by its own next
// nodes; so not by chance), stands at the cursor: the page goes on there, and the copy found further on is
// another one (a hidden menu whose items recur, visible, in the footer; the menu's own items before the
// visible text resumes can be many).
constexpr std::size_t kLaterWindowBytes = 16384;
constexpr std::size_t kMinLaterChars = 6;
// A long node found further on must be followed there by one of its next kFollowingNodes nodes (of at least
// kMinFollowingChars characters), as in the DOM.
constexpr std::size_t kFollowingNodes = 8;
constexpr std::size_t kMinFollowingChars = 3;
// How many of the last nodes found visible a longer node may take the place of (see take_over_recent).
constexpr std::size_t kRecentMarks = 4;

struct Alignment {
  std::vector<bool> visible;  // per span
  std::size_t consumed = 0;   // folded characters of the rendered text that the visible spans explain
};

// Step 4: the greedy alignment of the spans (document order) against the folded rendered text.
Alignment align(std::string_view rendered, std::string_view dom, const std::vector<TextSpan>& spans) {
  Alignment result;
  result.visible.assign(spans.size(), false);
  // Looking ahead and looking for later nodes is what could cost more than linear time; it stops when this
  // budget, proportional to the input, is spent (the nodes it would have found are then hidden, and the
  // safety net decides whether to trust the rest).
  std::size_t budget = 8 * (rendered.size() + dom.size()) + (std::size_t{1} << 20);
  const auto spend = [&](std::size_t work) { budget -= std::min(budget, work); };
  const auto text = [&](std::size_t k) { return dom.substr(spans[k].begin, spans[k].bytes); };
  const auto matches_at = [&](std::size_t at, std::string_view t) {
    return at <= rendered.size() && t.size() <= rendered.size() - at && rendered.compare(at, t.size(), t) == 0;
  };

  // Whether one of node k's next few nodes follows it where a place found for it ends (or nothing follows).
  // A copy of node k found further on is where the page goes on only then: a visible copy of a hidden node
  // (a hidden menu's item again in the footer) is followed by other text than the node's own neighbours.
  // Likewise a short later node at the cursor shows that the page goes on there only if it is followed.
  const auto followed_at = [&](std::size_t k, std::size_t end) {
    if (end >= rendered.size() || k + 1 >= spans.size()) return true;
    for (std::size_t j = k + 1; j < spans.size() && j <= k + kFollowingNodes; ++j) {
      spend(spans[j].bytes);
      if (spans[j].chars >= kMinFollowingChars && matches_at(end, text(j))) return true;
    }
    return false;
  };

  std::size_t cursor = 0;
  struct Mark {
    std::size_t node, start;
  };
  std::array<Mark, kRecentMarks> recent{};  // the last nodes found visible and where, newest at recent_count - 1
  std::size_t recent_count = 0;
  const auto mark = [&](std::size_t k, std::size_t at) {
    result.visible[k] = true;
    result.consumed += spans[k].chars;
    cursor = at + spans[k].bytes;
    if (recent_count == recent.size()) {  // forget the oldest
      std::move(recent.begin() + 1, recent.end(), recent.begin());
      --recent_count;
    }
    recent[recent_count++] = {k, at};
  };
  // Node k, not at the cursor, may stand where one of the last nodes found visible did: those stood there by
  // chance (a hidden "Latest" before a visible "Latest news", and a hidden menu item found further on after
  // it), so they are hidden after all and k goes there. Only a longer node can take a place over.
  const auto take_over_recent = [&](std::size_t k, std::string_view t) {
    for (std::size_t r = recent_count; r-- > 0;) {
      if (t.size() <= spans[recent[r].node].bytes || !matches_at(recent[r].start, t)) continue;
      const std::size_t start = recent[r].start;
      for (std::size_t u = r; u < recent_count; ++u) {
        result.visible[recent[u].node] = false;
        result.consumed -= spans[recent[u].node].chars;
      }
      recent_count = r;
      mark(k, start);
      return true;
    }
    return false;
  };
  for (std::size_t k = 0; k < spans.size(); ++k) {
    const std::string_view t = text(k);
    // Matching at the cursor costs at most the node's length, taking over a recent place kRecentMarks times
    // that: linear over the page, never charged.
    if (matches_at(cursor, t)) {
      mark(k, cursor);
      continue;
    }
    if (take_over_recent(k, t)) continue;
    if (spans[k].chars < kMinSearchedChars || budget == 0) continue;  // not rendered
    bool later_at_cursor = false;
    for (std::size_t j = k + 1; j < spans.size() && spans[j].begin - spans[k].begin <= kLaterWindowBytes &&
                                budget > 0 && !later_at_cursor;
         ++j) {
      spend(1);
      if (spans[j].chars < kMinFollowingChars || cursor >= rendered.size() ||
          rendered[cursor] != dom[spans[j].begin])
        continue;
      spend(spans[j].bytes);
      // A short node counts only when a node after it follows it there ("Home" then "County").
      later_at_cursor = matches_at(cursor, text(j)) &&
                        (spans[j].chars >= kMinLaterChars || followed_at(j, cursor + spans[j].bytes));
    }
    if (later_at_cursor) continue;  // this node is hidden and the page goes on at the cursor
    if (rendered.size() < t.size()) continue;
    const std::size_t end = std::min(rendered.size() - t.size(), cursor + kSearchWindowBytes) + 1;
    for (std::size_t p = cursor + 1; p < end && budget > 0;) {
      const void* hit = std::memchr(rendered.data() + p, t[0], end - p);
      const std::size_t at = hit ? static_cast<std::size_t>(static_cast<const char*>(hit) - rendered.data()) : end;
      spend(at - p + 1);
      if (!hit) break;
      spend(t.size());
      if (matches_at(at, t) && followed_at(k, at + t.size())) {
        mark(k, at);  // the rendered text between held something the serialisation lacks
        break;
      }
      p = at + 1;
    }
  }
  return result;
}

// What a text node contributes to its ancestors' fate in step 6.
enum TextStatus : std::uint8_t { kNeutral = 0, kHidden = 1, kKept = 2 };

// Step 6: removes hidden text nodes and the elements of the body with hidden text and no kept text (with
// their subtrees). Elements without any text (images, line breaks) stay unless an ancestor goes.
void drop_hidden(Page& page, const std::vector<std::uint8_t>& status) {
  const std::size_t n = page.nodes.size();
  // Bottom-up, as every child's id is larger than its parent's: which kinds of text each subtree holds.
  std::vector<std::uint8_t> holds(status);
  for (std::size_t id = n; id-- > 1;) holds[page.nodes[id].parent] |= holds[id];
  std::vector<NodeId> new_id(n, kNoNode);
  std::vector<Node> kept;
  kept.reserve(n);
  kept.push_back(std::move(page.nodes[0]));
  kept[0].children.clear();
  new_id[0] = Page::root();
  for (std::size_t id = 1; id < n; ++id) {
    Node& node = page.nodes[id];
    const NodeId parent = new_id[node.parent];
    if (parent == kNoNode) continue;  // inside a dropped element
    if (node.kind == NodeKind::Text ? status[id] == kHidden
                                    : holds[id] == kHidden && node.tag != "html" && node.tag != "head" &&
                                          node.tag != "body")
      continue;
    node.parent = parent;
    node.children.clear();
    new_id[id] = static_cast<NodeId>(kept.size());
    kept[parent].children.push_back(new_id[id]);
    kept.push_back(std::move(node));
  }
  page.nodes = std::move(kept);
}

bool is_blank(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return is_html_space(c); });
}

// Steps 3 to 6.
void drop_unrendered_text(Page& page, std::string_view visible_text) {
  std::string rendered;
  const std::size_t rendered_chars = fold_for_alignment(rendered, visible_text);
  // SAFETY NET. The DOM is the truth about the page's text; the rendered text only tells what of it is
  // hidden. When the two do not line up (no rendered text at all while the body has some, or an alignment
  // that explains under 90% of it: another script's rewrite between the two reads, a layout this file does
  // not know), dropping text on the alignment's word would risk the article itself, while keeping hidden text
  // only costs some clutter that extraction mostly removes anyway. So a failed alignment drops nothing.
  if (rendered.empty()) return;

  // Only text inside <body> is tested. <head> holds the metadata and is never rendered; script, style and
  // title text is never rendered as text either (a JSON-LD script in the body must stay).
  const std::size_t n = page.nodes.size();
  std::vector<bool> tested(n, false);
  std::vector<std::uint8_t> status(n, kNeutral);
  std::string dom;
  std::vector<TextSpan> spans;
  for (std::size_t id = 1; id < n; ++id) {
    const Node& node = page.nodes[id];
    if (node.kind == NodeKind::Element) {
      tested[id] = node.tag == "body" || (tested[node.parent] && node.tag != "head" && node.tag != "script" &&
                                          node.tag != "style" && node.tag != "title");
      continue;
    }
    if (!tested[node.parent]) {
      status[id] = is_blank(node.text) ? kNeutral : kKept;
      continue;
    }
    const std::size_t begin = dom.size();
    const std::size_t chars = fold_for_alignment(dom, node.text);
    if (chars > 0) spans.push_back({static_cast<NodeId>(id), begin, dom.size() - begin, chars});
  }
  if (spans.empty()) return;  // nothing to test
  const Alignment alignment = align(rendered, dom, spans);
  if (alignment.consumed * 10 < rendered_chars * 9) return;

  bool any_hidden = false;
  for (std::size_t k = 0; k < spans.size(); ++k) {
    status[spans[k].node] = alignment.visible[k] ? kKept : kHidden;
    any_hidden = any_hidden || !alignment.visible[k];
  }
  if (any_hidden) drop_hidden(page, status);
}

}  // namespace

Result<Page> page_from_serialized_dom(std::string_view html, std::string_view visible_text, std::string_view url) {
  if (html.size() > limits::kMaxInputBytes || visible_text.size() > limits::kMaxInputBytes)
    return Result<Page>::failure("serialised DOM or its text larger than " +
                                 std::to_string(limits::kMaxInputBytes >> 20) + " MB");
  Page page = TreeBuilder(html).build();
  page.source = PageSource::Dom;
  page.url = sanitize_utf8(url.substr(0, limits::kMaxAttributeBytes));
  drop_unrendered_text(page, visible_text);
  return page;
}

}  // namespace firsthand
