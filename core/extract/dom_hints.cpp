// Element and text-run signals for DOM extraction (see dom_hints.h). Class/id words are matched as whole
// tokens of the lower-cased class+id string ("c-article__share-bar" has the token "share"), so a class like
// "shared-layout" or "download" does not read as clutter.
#include "dom_hints.h"
#include "metadata_sources.h"
#include "warm_up_hooks.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <unordered_set>

namespace firsthand::dom {

namespace {

// Token boundaries: anything that is not a lower-case letter or digit (class names are lower-cased first).
constexpr char kBefore[] = "(?:^|[^a-z0-9])";
constexpr char kAfter[] = "(?:$|[^a-z0-9])";

// Clutter words that mark a widget even inside an article wrapper ("comment_content", "article-share"):
// whole tokens, then words matched as a token prefix ("comments", "subscribe", "relatedArticles").
const RE2& strong_clutter_words() {
  static const RE2 re(std::string(kBefore) +
                      "(?:(?:share|shares|sharing|sharebar|sharetools|ad|ads|adv|dfp|byline|signup|respond|reply|"
                      "replies|replys)" +
                      kAfter +
                      "|(?:comment|kommentar|disqus|social|related|recommend|newsletter|subscri|cookie|consent|gdpr|"
                      "advertis|sponsor|outbrain|taboola|more-?stor|most-?popular|read-?next|up-?next|you-?may|"
                      "also-?like))");
  return re;
}

// Clutter words that big layout wrappers also carry ("content-with-sidebar", "main-overlay"): an element
// with a content word as well is Mixed, not Clutter.
const RE2& weak_clutter_words() {
  static const RE2 re(std::string(kBefore) +
                      "(?:nav|navbar|navigation|subnav|menu|menus|footer|header|masthead|sidebar|rail|widget|"
                      "widgets|popup|modal|overlay|author|authors|bio|caption|captions|credit|credits|tags|tag|"
                      "topics|keywords|toolbar|tools|utility|print|pagination|pager|rating|meta|skip|trending|"
                      "popular|mostread|readmore|login|follow|sr|promo|promoted|timestamp|date|breaking|alert|"
                      "feedback|actions|gallery|breadcrumbs?|teaser|toc|legend|legende|figcaption|imagedescription|"
                      "bildunterschrift|didascalia)" +
                      kAfter);
  return re;
}

const RE2& credit_words() {
  static const RE2 re(std::string(kBefore) + "(?:credit|credits)" + kAfter);
  return re;
}

// A recipe's ingredients are article content even in a box whose class also says "table-header".
constexpr std::array<std::string_view, 2> kIngredientWordList = {"ingredient", "zutaten"};

// The same words as one RE2 alternation.
std::string ingredient_alternation() {
  std::string out;
  for (std::string_view w : kIngredientWordList) out.append(out.empty() ? "" : "|").append(w);
  return out;
}

const RE2& content_words() {
  static const RE2 re(std::string(kBefore) +
                      "(?:(?:article|articlebody|body|content|entry|main|post|story|storybody|text|blog|prose|"
                      "richtext|rich-text|paragraph)" +
                      kAfter + "|" + ingredient_alternation() + ")");
  return re;
}

// The words templates give the paragraph that sums the story up before its body, in the languages of the
// sets tuned on (English, German, French, Spanish, Italian, Czech).
const RE2& lead_words() {
  static const RE2 re(std::string(kBefore) +
                      "(?:lead|lede|leadtext|leader|intro|introtext|introduction|standfirst|teaser|teasertext|"
                      "excerpt|abstract|summary|chapo|chapeau|perex|deck|dek|sommario|entradilla|bajada)" +
                      kAfter);
  return re;
}

const RE2& ingredient_words() {
  static const RE2 re(std::string(kBefore) + "(?:" + ingredient_alternation() + ")");
  return re;
}

const RE2& hidden_style() {
  static const RE2 re("(?i)(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)");
  return re;
}

const RE2& boilerplate_text() {
  static const RE2 re(
      "(?i)^(?:advertisement|advertising|advert|ad|ads|don'?t miss|must read|tell us what you think|"
      "this slideshow requires javascript|sponsored(?: content)?|story continues below(?: advertisement)?|"
      "share(?: this)?(?: article| story| page| post)?(?: on \\w+)?|share|tweet|email|print|comments?|"
      "read more|continue reading|show more|load more|see more|more|related(?: articles| stories| content)?|"
      // The same furniture in the other languages of the sets tuned on (German, French, Spanish, Italian).
      "weiterlesen|zum weiterlesen|mehr lesen|auch interessant|schon gelesen\\?|teilen|drucken|(?:rezept|artikel) drucken|"
      "kommentare? schreiben|bild anzeigen|lire la suite|(?:à )?lire aussi|partager|imprimer|leer más|seguir leyendo|"
      "lee también|compartir|imprimir|leggi anche|continua a leggere|condividi|stampa|"
      "recommended(?: for you)?|(?:sign up|subscribe)\\b.{0,80}|follow us\\b.{0,60}|click here\\b.{0,60}|"
      "listen to (?:this )?(?:article|story)\\b.{0,40}|image|photo|video|getty images|"
      "(?:image|photo|picture) (?:credit|source|caption)\\b.{0,80})[\\s:.!>»|-]*$");
  return re;
}

// A photo caption that ends with its credit: "Protesters on the bridge (Image: Agency)".
const RE2& credited_caption() {
  static const RE2 re("(?i)\\((?:image|photo|picture|pic|credit|source)s?\\s*:[^()]{0,80}\\)\\s*$");
  return re;
}

// A photo caption or credit line that ends with an agency and photographer: "Harbour at dawn © Agency / Jane
// Roe", "Foto: Agency/Name", "Crédit photo : X / Y". The slash between two names is what tells a credit from a
// sentence that mentions a copyright; no sentence may follow the mark, and no dot (a web address is no name).
const RE2& slashed_credit() {
  static const RE2 re(
      "(?i)(?:©|\\(c\\)|\\b(?:photo(?:graph)?s?|fotos?|fotograf(?:ie)?|bild(?:er)?|images?|pictures?|credits?|"
      "crédit(?: photo)?)\\s*:)[^.!?/]{1,80}/[^.!?]{1,80}\\)?\\s*$");
  return re;
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

// BEM modifiers ("block--ads", "node--promoted", "section--no-sidebar") say how a box looks, not what it
// holds: only the block and element names are read.
const RE2& bem_modifier() {
  static const RE2 re("--[a-z0-9_-]*");
  return re;
}

std::string without_modifiers(std::string words) {
  RE2::GlobalReplace(&words, bem_modifier(), "");
  return words;
}

// An id made from a headline ("sharing-the-harbour-news-with-friends"): four or more hyphenated words say
// nothing about the element's role.
bool is_slug(std::string_view ident) {
  std::size_t hyphens = 0;
  for (char c : ident) hyphens += c == '-';
  return hyphens >= 4;
}

// The lower-cased class and (unless a slug) id, without BEM modifiers: the words hints are read from.
std::string class_words(const Page& page, NodeId id) {
  std::string words;
  if (const auto* cls = page.attribute(id, "class")) words += without_modifiers(lower_ascii(*cls));
  if (const auto* ident = page.attribute(id, "id"); ident && !is_slug(*ident)) {
    words += ' ';
    words += without_modifiers(lower_ascii(*ident));
  }
  return words;
}

Hint role_hint(std::string_view role) {
  static constexpr std::array kClutterRoles = {"navigation", "banner", "contentinfo", "complementary", "search",
                                               "dialog",     "alertdialog", "menu",     "menubar",       "toolbar"};
  for (const char* r : kClutterRoles)
    if (role == r) return Hint::Clutter;
  if (role == "main" || role == "article") return Hint::Content;
  return Hint::Neutral;
}

}  // namespace

namespace {

// A recipe's ingredients box, read off its class words; the substring tests spare RE2 the other elements.
bool names_ingredients(const std::string& words) {
  const bool may_hold = std::any_of(kIngredientWordList.begin(), kIngredientWordList.end(),
                                   [&](std::string_view w) { return words.find(w) != std::string::npos; });
  return may_hold && RE2::PartialMatch(words, ingredient_words());
}

Hint hint_of(const Page& page, NodeId id, const std::string& words) {
  // header, aside and figure usually hold furniture, but a lead, a box of paragraphs or (an unclosed <aside>
  // stretched over the page by HTML parsing) the article itself: layout, decided by content like the words.
  if (const std::string& tag = page.nodes[id].tag; tag == "header" || tag == "aside" || tag == "figure")
    return Hint::Layout;
  if (const auto* role = page.attribute(id, "role")) {
    const Hint hint = role_hint(lower_ascii(*role));
    if (hint != Hint::Neutral) return hint;
  }
  if (const auto* itemprop = page.attribute(id, "itemprop")) {
    const std::string prop = lower_ascii(*itemprop);
    if (prop.find("articlebody") != std::string::npos || prop == "text") return Hint::Content;
  }
  if (words.empty()) return Hint::Neutral;
  if (RE2::PartialMatch(words, strong_clutter_words())) return Hint::Clutter;
  const bool clutter = RE2::PartialMatch(words, weak_clutter_words());
  // A credit box usually holds a photo credit, but one that names where the story ran first ("This article
  // originally appeared on ...", "By Jane Roe, Northbank Post") is the story's credit line: kept for the credits.
  if (clutter && RE2::PartialMatch(words, credit_words()) && meta::find_credit(page.text_content(id)))
    return Hint::Neutral;
  const bool content = RE2::PartialMatch(words, content_words());
  if (clutter) return content ? Hint::Mixed : Hint::Layout;
  return content ? Hint::Content : Hint::Neutral;
}

}  // namespace

Hint element_hint(const Page& page, NodeId id) { return hint_of(page, id, class_words(page, id)); }

ElementHints element_hints(const Page& page, NodeId id) {
  const std::string words = class_words(page, id);
  return {hint_of(page, id, words), names_ingredients(words)};
}

bool is_lead_hint(const Page& page, NodeId id) {
  const std::string words = class_words(page, id);
  return !words.empty() && RE2::PartialMatch(words, lead_words());
}

// React's streamed segments: server-rendered content parked in <div hidden id="S:0"> until the page's
// script moves it into place, so the reader sees it.
const RE2& streamed_segment_id() {
  static const RE2 re("S:[0-9]+");
  return re;
}

// Responsive-grid classes that hide an element on a desktop-wide screen, the width a reader of a saved or
// opened page has: Bootstrap 3's visible-xs/sm/md (shown only below desktop width, usually a second copy of a
// menu or a box) unless the element is also visible-lg, its hidden-lg, and Bootstrap 4/5's d-lg-none and
// d-xl-none.
const RE2& narrow_screen_only() {
  static const RE2 re("(?:^|\\s)(?:visible-(?:xs|sm|md)(?:-[a-z-]+)?|hidden-lg|d-lg-none|d-xl-none)(?:$|\\s)");
  return re;
}

const RE2& wide_screen_visible() {
  static const RE2 re("(?:^|\\s)visible-lg(?:-[a-z-]+)?(?:$|\\s)");
  return re;
}

bool hidden_on_desktop(const std::string& cls) {
  // Cheap test first: this runs for every element with a class.
  if (cls.find("visible-") == std::string::npos && cls.find("hidden-lg") == std::string::npos &&
      cls.find("-none") == std::string::npos)
    return false;
  return RE2::PartialMatch(cls, narrow_screen_only()) && !RE2::PartialMatch(cls, wide_screen_visible());
}

bool is_hidden(const Page& page, NodeId id) {
  if (page.attribute(id, "hidden")) {
    const std::string* ident = page.attribute(id, "id");
    return ident == nullptr || !RE2::FullMatch(*ident, streamed_segment_id());
  }
  if (const auto* aria = page.attribute(id, "aria-hidden"); aria && lower_ascii(*aria) == "true") return true;
  if (const auto* cls = page.attribute(id, "class"); cls && hidden_on_desktop(*cls)) return true;
  const auto* style = page.attribute(id, "style");
  return style && RE2::PartialMatch(*style, hidden_style());
}

bool is_skipped_tag(std::string_view tag) {
  static const std::unordered_set<std::string_view> kSkipped = {
      "head",   "script", "style",  "noscript", "template", "svg",    "math",   "canvas", "iframe",
      "object", "embed",  "video",  "audio",    "img",      "picture", "input", "button", "select",
      "option", "textarea", "nav",  "footer",   "figcaption",
      "dialog", "menu",   "link",   "meta",     "title",    "map",
      // Ruby annotations: the reading printed above a word, not a second copy of the word in the sentence.
      "rt",     "rp"};
  return kSkipped.count(tag) != 0;
}

bool is_inline_tag(std::string_view tag) {
  static const std::unordered_set<std::string_view> kInline = {
      "a",    "abbr", "b",   "bdi",  "bdo",    "cite",  "code", "data", "dfn",  "em",  "font",
      "i",    "kbd",  "mark", "q",   "s",      "samp",  "small", "span", "strong", "sub", "sup",
      "time", "u",    "var", "wbr",  "del",    "ins",   "label", "big", "tt",   "strike", "nobr", "acronym",
      "ruby", "rb"};
  return kInline.count(tag) != 0;
}

bool is_boilerplate_text(std::string_view text) {
  if (text.size() > 300) return false;
  return (text.size() <= 160 && RE2::FullMatch(text, boilerplate_text())) || RE2::PartialMatch(text, credited_caption()) ||
         RE2::PartialMatch(text, slashed_credit());
}

void warm_up_patterns() {
  strong_clutter_words();
  weak_clutter_words();
  credit_words();
  content_words();
  lead_words();
  ingredient_words();
  hidden_style();
  boilerplate_text();
  credited_caption();
  slashed_credit();
  bem_modifier();
  streamed_segment_id();
  narrow_screen_only();
  wide_screen_visible();
  is_skipped_tag({});
  is_inline_tag({});
}

}  // namespace firsthand::dom
