// Metadata of an HTML or live-DOM page, from one pass over the page model: <html lang>, <meta> tags (Open
// Graph, article:*, Dublin Core, name=date/author...), <link rel=canonical>, JSON-LD blocks, <title>, the
// first <h1>, <time> elements, author elements and visible "Published ..." lines. Each field then takes the
// most trustworthy source present (JSON-LD and meta before visible text, the URL path last, in metadata.cpp).
#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <map>
#include <vector>

#include "date_parse.h"
#include "metadata_sources.h"
#include "text_signals.h"
#include "warm_up_hooks.h"

namespace firsthand::meta {

namespace {

constexpr std::size_t kMaxAuthorElementBytes = 120;  // longer "author" boxes are bios, not bylines
constexpr std::size_t kMaxAuthorElements = 8;        // author-like elements read before giving up
constexpr std::size_t kMaxDateLineBytes = 200;
constexpr std::size_t kMaxDateLines = 16;
constexpr std::size_t kMaxBylineLines = 16;
constexpr std::size_t kMaxHeadings = 64;
constexpr std::size_t kVisibleSampleBytes = 32 * 1024;  // enough text to guess a language

constexpr std::array<std::string_view, 18> kPublishedMeta = {
    "article:published_time", "og:published_time", "datepublished", "date", "dc.date", "dc.date.issued",
    "dcterms.date", "dcterms.created", "dcterms.issued", "pubdate", "publishdate", "publish-date",
    "publication_date", "sailthru.date", "parsely-pub-date", "article.published", "citation_publication_date",
    "original-publish-date"};
constexpr std::array<std::string_view, 6> kModifiedMeta = {
    "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified",
    "article.updated"};

struct TimeElement {
  NodeId id;
  std::string datetime;
  bool published = false;  // itemprop=datePublished, or a class naming publication
  bool modified = false;
};

// What one pass over the page collects; the choice between sources is made afterwards.
struct PageFacts {
  std::string html_lang;
  std::map<std::string, std::string> meta;  // lower-cased name/property/itemprop/http-equiv -> first content
  std::string canonical;
  std::vector<JsonLdArticle> json_ld;
  std::string title_element, first_h1;
  NodeId first_h1_id = kNoNode;
  std::size_t h1_count = 0;
  std::vector<std::string> headings;  // h1 and h2 texts, for the title's "Site: Headline" check
  std::vector<TimeElement> times;
  std::string author_element;
  std::size_t author_elements_seen = 0;
  std::vector<std::pair<NodeId, std::string>> date_lines;
  std::string signature;  // the last "— Jane Doe and John Roe" line: the reporters' names
  std::vector<std::pair<NodeId, std::string>> byline_lines;  // visible "By ..." lines, in document order  // visible lines with a "Published"/"Updated" label
  std::string visible_text_sample;
};

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

bool contains_word(const std::string* attribute, std::string_view needle) {
  return attribute != nullptr && lower(*attribute).find(needle) != std::string::npos;
}

// Text under <script>, <style>, <head>, <title> and <noscript> is not visible body text.
bool hides_text(const std::string& tag) {
  return tag == "script" || tag == "style" || tag == "head" || tag == "title" || tag == "noscript";
}

void read_meta_tag(const Page& page, NodeId id, PageFacts& facts) {
  const std::string* content = page.attribute(id, "content");
  if (content == nullptr) return;
  for (const char* key_attribute : {"property", "name", "itemprop", "http-equiv"})
    if (const std::string* key = page.attribute(id, key_attribute))
      facts.meta.emplace(lower(*key), *content);  // the first tag of a name wins
}

void read_element(const Page& page, NodeId id, PageFacts& facts) {
  const Node& node = page[id];
  const std::string& tag = node.tag;
  if (tag == "html") {
    if (const auto* lang = page.attribute(id, "lang"); lang && facts.html_lang.empty()) facts.html_lang = *lang;
  } else if (tag == "meta") {
    read_meta_tag(page, id, facts);
  } else if (tag == "link") {
    const std::string* rel = page.attribute(id, "rel");
    const std::string* href = page.attribute(id, "href");
    if (rel && href && facts.canonical.empty() && lower(*rel) == "canonical") facts.canonical = *href;
  } else if (tag == "script") {
    if (const auto* type = page.attribute(id, "type"); type && lower(*type) == "application/ld+json")
      facts.json_ld.push_back(read_json_ld(page.text_content(id)));
  } else if (tag == "title") {
    if (facts.title_element.empty() && page[node.parent].tag != "svg") facts.title_element = page.text_content(id);
  } else if (tag == "h1" || tag == "h2") {
    if (facts.headings.size() < kMaxHeadings) facts.headings.push_back(page.text_content(id));
    if (tag == "h1" && facts.h1_count++ == 0) {
      facts.first_h1_id = id;
      facts.first_h1 = page.text_content(id);
    }
  } else if (tag == "time") {
    const std::string* datetime = page.attribute(id, "datetime");
    TimeElement t{id, datetime ? *datetime : page.text_content(id)};
    const std::string* itemprop = page.attribute(id, "itemprop");
    const std::string* cls = page.attribute(id, "class");
    t.published = contains_word(itemprop, "datepublished") || contains_word(cls, "publish") ||
                  contains_word(cls, "posted");
    t.modified = contains_word(itemprop, "datemodified") || contains_word(cls, "updated") ||
                 contains_word(cls, "modified");
    facts.times.push_back(std::move(t));
  }
  if (facts.author_element.empty() && facts.author_elements_seen < kMaxAuthorElements &&
      (contains_word(page.attribute(id, "rel"), "author") || contains_word(page.attribute(id, "itemprop"), "author") ||
       contains_word(page.attribute(id, "class"), "byline"))) {
    ++facts.author_elements_seen;
    std::string text = text::collapse_whitespace(page.text_content(id));
    if (!text.empty() && text.size() <= kMaxAuthorElementBytes) facts.author_element = std::move(text);
  }
}

void read_visible_text(const Page& page, NodeId id, PageFacts& facts) {
  const std::string& text = page[id].text;
  if (facts.visible_text_sample.size() < kVisibleSampleBytes) (facts.visible_text_sample += text) += ' ';
  if (text.size() <= kMaxAuthorElementBytes) {
    const std::string line = text::collapse_whitespace(text);
    if (auto names = text::signature_names(line)) facts.signature = std::move(*names);
    if (facts.byline_lines.size() < kMaxBylineLines && text::byline_names(line)) facts.byline_lines.emplace_back(id, line);
  }
  if (facts.date_lines.size() >= kMaxDateLines || text.size() > kMaxDateLineBytes ||
      date_label(text) == DateLabel::None)
    return;
  // The label and its date may sit in sibling nodes ("Published" <time>...</time>): read the parent.
  const NodeId parent = page[id].parent;
  std::string line = text::collapse_whitespace(parent == kNoNode ? text : page.text_content(parent));
  if (line.size() <= kMaxDateLineBytes) facts.date_lines.emplace_back(id, std::move(line));
}

PageFacts read_facts(const Page& page) {
  PageFacts facts;
  // Parents precede children in the page model, so "hidden" is inherited in one forward pass.
  std::vector<bool> hidden(page.nodes.size(), false);
  for (NodeId id = 1; id < page.nodes.size(); ++id) {
    const Node& node = page[id];
    hidden[id] = (node.parent != kNoNode && hidden[node.parent]) ||
                 (node.kind == NodeKind::Element && hides_text(node.tag));
    if (node.kind == NodeKind::Element) read_element(page, id, facts);
    else if (node.kind == NodeKind::Text && !hidden[id]) read_visible_text(page, id, facts);
  }
  return facts;
}

std::string meta_value(const PageFacts& facts, std::string_view key) {
  const auto it = facts.meta.find(std::string(key));
  return it == facts.meta.end() ? std::string() : it->second;
}

template <std::size_t N>
std::optional<std::string> first_meta_date(const PageFacts& facts, const std::array<std::string_view, N>& keys) {
  for (auto key : keys)
    if (auto date = parse_machine_date(meta_value(facts, key))) return date;
  return std::nullopt;
}

template <class Field>
std::string first_json_ld(const PageFacts& facts, Field field) {
  for (const auto& block : facts.json_ld)
    if (!(block.*field).empty()) return block.*field;
  return {};
}

void choose_date(const PageFacts& facts, Metadata& meta) {
  auto set = [&](std::optional<std::string> date, const char* source) {
    if (meta.date.empty() && date) {
      meta.date = std::move(*date);
      meta.date_source = source;
    }
  };
  set(parse_machine_date(first_json_ld(facts, &JsonLdArticle::date_published)), "json-ld");
  set(first_meta_date(facts, kPublishedMeta), "meta");
  // <time>: one marked as the publication date, else the first after the headline (sidebars' dates come
  // before it in headers or long after it), else the first.
  const TimeElement* chosen = nullptr;
  for (const auto& t : facts.times)
    if (t.published) { chosen = &t; break; }
  for (const auto& t : facts.times)
    if (!chosen && !t.modified && facts.first_h1_id != kNoNode && t.id > facts.first_h1_id) chosen = &t;
  for (const auto& t : facts.times)
    if (!chosen && !t.modified) chosen = &t;
  if (chosen) set(parse_machine_date(chosen->datetime), "time");
  for (const auto& [id, line] : facts.date_lines)
    if (date_label(line) == DateLabel::Published) set(find_date_in_text(line), "text");

  if (auto modified = parse_machine_date(first_json_ld(facts, &JsonLdArticle::date_modified)))
    meta.modified_date = *modified;
  else if (auto from_meta = first_meta_date(facts, kModifiedMeta))
    meta.modified_date = *from_meta;
  else
    for (const auto& t : facts.times)
      if (t.modified && meta.modified_date.empty())
        if (auto date = parse_machine_date(t.datetime)) meta.modified_date = *date;
  for (const auto& [id, line] : facts.date_lines)
    if (meta.modified_date.empty())
      if (auto date = find_updated_date(line)) meta.modified_date = *date;
}

// The title the publisher declares in a meta tag, in Readability's order of trust.
std::string declared_title(const PageFacts& facts) {
  for (std::string_view prefix : {"dc", "dcterm", "og", "weibo:article", "weibo:webpage", "", "twitter", "parsely"})
    for (std::string_view joint : {":", ".", "-"}) {
      if (prefix.empty() && joint != ":") continue;
      const std::string key = prefix.empty() ? "title" : std::string(prefix) + std::string(joint) + "title";
      if (std::string value = clean_field(meta_value(facts, key)); !value.empty()) return value;
    }
  return {};
}

std::string first_non_empty(std::initializer_list<std::string> values) {
  for (const auto& v : values)
    if (!clean_field(v).empty()) return clean_field(v);
  return {};
}

// A relative canonical ("/news/x") made absolute against the page's own address.
std::string absolute_url(const std::string& url, const std::string& base) {
  if (url.empty() || url.find("://") != std::string::npos || base.empty()) return url;
  const auto scheme_end = base.find("://");
  if (scheme_end == std::string::npos) return url;
  if (url.starts_with("//")) return base.substr(0, scheme_end + 1) + url;
  const auto host_end = base.find('/', scheme_end + 3);
  const std::string origin = base.substr(0, host_end);
  return url.starts_with("/") ? origin + url : url;
}

std::string language_tag(std::string tag) {
  std::replace(tag.begin(), tag.end(), '_', '-');
  static const RE2 bcp47(R"([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)");
  return RE2::FullMatch(tag, bcp47) ? tag : std::string();
}

}  // namespace

Metadata from_html_page(const Page& page) {
  const PageFacts facts = read_facts(page);
  Metadata meta;
  meta.site_name = first_non_empty({meta_value(facts, "og:site_name"),
                                    first_json_ld(facts, &JsonLdArticle::publisher),
                                    meta_value(facts, "application-name")});
  meta.title = first_non_empty({first_json_ld(facts, &JsonLdArticle::headline), declared_title(facts),
                                readable_document_title({facts.title_element, facts.headings, facts.h1_count,
                                                         facts.first_h1, meta.site_name}),
                                facts.first_h1});
  meta.canonical_url = absolute_url(
      first_non_empty({facts.canonical, meta_value(facts, "og:url"), first_json_ld(facts, &JsonLdArticle::url)}),
      page.url);

  std::string author = first_non_empty({first_json_ld(facts, &JsonLdArticle::author), meta_value(facts, "author"),
                                        meta_value(facts, "article:author"), meta_value(facts, "dc.creator")});
  if (author.find("://") != std::string::npos) author.clear();  // article:author is often a profile URL
  if (author.empty() && !facts.author_element.empty())
    author = text::byline_names(facts.author_element).value_or(facts.author_element);
  if (!author.empty()) apply_byline(author, "by " + author, meta);
  // A visible "by ..." line under the headline (sidebars' come before it or far after): it may credit a
  // publisher ("by Northwire") even where the markup names an author.
  const std::pair<NodeId, std::string>* visible_byline = nullptr;
  for (const auto& candidate : facts.byline_lines)
    if (!visible_byline && facts.first_h1_id != kNoNode && candidate.first > facts.first_h1_id) visible_byline = &candidate;
  if (!visible_byline && !facts.byline_lines.empty()) visible_byline = &facts.byline_lines.front();
  if (visible_byline) apply_byline(*text::byline_names(visible_byline->second), visible_byline->second, meta);
  // A closing signature names the reporters, whether or not the body extractor keeps its line.
  if (!facts.signature.empty()) apply_byline(facts.signature, "— " + facts.signature, meta);

  choose_date(facts, meta);

  for (const std::string& declared :
       {facts.html_lang, meta_value(facts, "content-language"), meta_value(facts, "language"),
        meta_value(facts, "dc.language"), meta_value(facts, "og:locale"),
        first_json_ld(facts, &JsonLdArticle::language)})
    if (meta.language.empty()) meta.language = language_tag(clean_field(declared));
  if (meta.language.empty()) meta.language = detect_language(facts.visible_text_sample);
  return meta;
}

void warm_up_html_patterns() {
  readable_document_title({});
  language_tag({});
}

}  // namespace firsthand::meta
