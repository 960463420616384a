// The serialised-DOM producer (core/page/serialized_dom.cpp): the markup reader on the serialiser's output and
// on hostile bytes, equality with the gumbo producer on the fixture pages, and the visibility alignment against
// the rendered text (hidden text dropped; shadow-DOM text, text-transform and unrelated text survived).
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "firsthand/extract.h"
#include "firsthand/page/limits.h"
#include "firsthand/page/page_json.h"
#include "firsthand/page/serialized_dom.h"
#include "hostile_pages.h"
#include "html_producer.h"
#include "page_markup.h"
#include "test_support.h"

using namespace firsthand;
namespace fs = std::filesystem;

namespace {

constexpr const char* kUrl = "https://news.example/story";

Page parse(std::string_view html, std::string_view visible = {}) {
  auto page = page_from_serialized_dom(html, visible, kUrl);
  REQUIRE(page.ok());
  return std::move(page.value());
}

// The first element named `tag`, or kNoNode.
NodeId find_tag(const Page& page, std::string_view tag) {
  for (NodeId id = 0; id < page.nodes.size(); ++id)
    if (page.nodes[id].kind == NodeKind::Element && page.nodes[id].tag == tag) return id;
  return kNoNode;
}

std::vector<std::string> child_texts(const Page& page, NodeId id) {
  std::vector<std::string> texts;
  for (NodeId child : page.nodes[id].children)
    texts.push_back(page.nodes[child].kind == NodeKind::Text ? page.nodes[child].text
                                                             : "<" + page.nodes[child].tag + ">");
  return texts;
}

bool all_valid_utf8(const Page& page) {
  for (const Node& n : page.nodes) {
    if (sanitize_utf8(n.text) != n.text || sanitize_utf8(n.tag) != n.tag) return false;
    for (const Attribute& a : n.attributes)
      if (sanitize_utf8(a.value) != a.value || sanitize_utf8(a.name) != a.name) return false;
  }
  return true;
}

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("serialised DOM: escapes are decoded, unknown ones kept as text", "[serialized_dom]") {
  const Page page = parse(
      "<html><head></head><body><p>a &amp; b &lt;c&gt; &quot;d&quot; e&nbsp;f &#65;&#x42;&#X43; &copy; &amp "
      "&#0; &#xD800; &#x110000; &#123456789;</p></body></html>");
  const NodeId p = find_tag(page, "p");
  REQUIRE(p != kNoNode);
  CHECK(page.text_content(p) ==
        "a & b <c> \"d\" e\xC2\xA0" "f ABC &copy; &amp \xEF\xBF\xBD \xEF\xBF\xBD \xEF\xBF\xBD &#123456789;");
  CHECK(page.source == PageSource::Dom);
  CHECK(page.url == kUrl);
}

TEST_CASE("serialised DOM: attributes in any quoting, kept as the gumbo producer keeps them", "[serialized_dom]") {
  const Page page = parse(
      "<html><body><A HREF=\"/x?a=1&amp;b=2\" Title='say \"hi\"' class=plain onclick=\"evil()\" id=\"1\" "
      "id=\"2\" data-testid = spaced hidden>link</A><div/>after<br/><img alt=\"a &lt;b&gt;\"></body></html>");
  const NodeId a = find_tag(page, "a");
  REQUIRE(a != kNoNode);
  CHECK(*page.attribute(a, "href") == "/x?a=1&b=2");
  CHECK(*page.attribute(a, "title") == "say \"hi\"");
  CHECK(*page.attribute(a, "class") == "plain");
  CHECK(*page.attribute(a, "id") == "1");  // the first of repeated attributes, as browsers keep
  CHECK(*page.attribute(a, "data-testid") == "spaced");
  CHECK(*page.attribute(a, "hidden") == "");
  CHECK(page.attribute(a, "onclick") == nullptr);
  CHECK(*page.attribute(find_tag(page, "img"), "alt") == "a <b>");
  // "<div/>" closes itself: the text after it is the body's, not the div's.
  CHECK(page.nodes[find_tag(page, "div")].children.empty());
  CHECK(child_texts(page, find_tag(page, "body")) == std::vector<std::string>{"<a>", "<div>", "after", "<br>", "<img>"});
}

TEST_CASE("serialised DOM: void elements have no children", "[serialized_dom]") {
  const Page page = parse("<p>a<br>b<img src=\"x\">c<hr><input value=\"v\">d<wbr>e</p><p>next</p>");
  const NodeId p = find_tag(page, "p");
  CHECK(child_texts(page, p) ==
        std::vector<std::string>{"a", "<br>", "b", "<img>", "c", "<hr>", "<input>", "d", "<wbr>", "e"});
  CHECK(page.nodes[Page::root()].children.size() == 2);
}

TEST_CASE("serialised DOM: raw text is unescaped and whole, and scripts other than JSON-LD are dropped",
          "[serialized_dom]") {
  const Page page = parse(
      "<html><head><style>p > a { content: \"</p>\" }</style>"
      "<script type=\"application/ld+json\">{\"headline\": \"a <b> &amp; c\"}</script></head><body>"
      "<script>if (a < b) document.write(\"<p>secret</p>\");</script>"
      "<xmp><b>&amp;</b></xmp><noscript><p>enable scripts</p></noscript>"
      "<iframe><p>frame fallback</p></iframe><p>shown</p><SCRIPT>x</SCRIPTS></script>"
      "<p>last</p></body></html>");
  const std::string text = page.text_content(Page::root());
  CHECK(text.find("secret") == std::string::npos);
  CHECK(text.find("content:") == std::string::npos);
  CHECK(text.find("enable scripts") == std::string::npos);
  CHECK(text.find("frame fallback") == std::string::npos);
  CHECK(text.find("x</SCRIPTS>") == std::string::npos);  // "</scripts>" does not end a script
  CHECK(page.text_content(find_tag(page, "script")) == "{\"headline\": \"a <b> &amp; c\"}");
  CHECK(page.text_content(find_tag(page, "xmp")) == "<b>&amp;</b>");
  CHECK(find_tag(page, "style") == kNoNode);
  CHECK(find_tag(page, "iframe") == kNoNode);
  CHECK(text.find("shown") != std::string::npos);
  CHECK(text.find("last") != std::string::npos);
}

TEST_CASE("serialised DOM: comments and templates carry nothing", "[serialized_dom]") {
  const Page page = parse(
      "<body><p>one<!-- <b>not</b> a tag -->two<!---->three</p><!DOCTYPE html><?pi x?>"
      "<template><p>template text</p><template><p>inner</p></template></template><p>after</p></body>");
  CHECK(child_texts(page, find_tag(page, "p")) == std::vector<std::string>{"one", "two", "three"});
  const std::string text = page.text_content(Page::root());
  CHECK(text.find("template text") == std::string::npos);
  CHECK(text.find("inner") == std::string::npos);
  CHECK(text.find("after") != std::string::npos);
  CHECK(find_tag(page, "template") == kNoNode);
  // An unterminated comment ends the page, as in a browser.
  CHECK(parse("<p>kept<!-- never closed <p>lost</p>").text_content(Page::root()) == "kept");
}

TEST_CASE("serialised DOM: stray end tags are ignored, and an end tag closes what was opened inside it",
          "[serialized_dom]") {
  const Page page = parse("</div></x><div><p>a</span>b<b>bold<i>both</div>outside</p><p>unclosed<em>to the end");
  const NodeId div = find_tag(page, "div");
  REQUIRE(div != kNoNode);
  CHECK(page.nodes[div].parent == Page::root());
  CHECK(page.text_content(div) == "abboldboth");
  CHECK(child_texts(page, find_tag(page, "p")) == std::vector<std::string>{"ab", "<b>"});
  CHECK(page.nodes[Page::root()].children.size() == 3);  // div, "outside", p (the stray </p> is ignored)
  CHECK(page.text_content(Page::root()) == "abboldbothoutsideunclosedto the end");
  // Cut-off tags are dropped, not read as text.
  CHECK(parse("<p>text</p><a href=\"never closed").text_content(Page::root()) == "text");
  CHECK(parse("<p>text</p><a href=x").text_content(Page::root()) == "text");
  CHECK(parse("<p>text</p").text_content(Page::root()) == "text");
  CHECK(parse("a < b and c<1").text_content(Page::root()) == "a < b and c<1");
}

TEST_CASE("serialised DOM: deep nesting is cut at the depth limit in linear time", "[serialized_dom]") {
  constexpr int kDepth = 100000;
  std::string html = "<html><body>";
  for (int i = 0; i < kDepth; ++i) html += "<div>";
  html += "deep text";
  for (int i = 0; i < kDepth; ++i) html += "</div>";
  for (int i = 0; i < kDepth; ++i) html += "</section>";  // stray end tags: each must cost O(1)
  html += "<p>after</p></body></html>";
  const auto start = std::chrono::steady_clock::now();
  const Page page = parse(html);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(seconds < 2.0);
  std::uint32_t depth = 0;
  for (const Node& n : page.nodes) depth = std::max(depth, n.depth);
  CHECK(depth <= limits::kMaxDepth + 1);
  CHECK(page.truncated);
  const std::string text = page.text_content(Page::root());
  CHECK(text.find("deep text") != std::string::npos);
  CHECK(page.nodes[find_tag(page, "p")].parent == find_tag(page, "body"));
}

TEST_CASE("serialised DOM: invalid UTF-8, binary junk and empty input give valid pages", "[serialized_dom]") {
  const Page bad = parse("<p\xFF class=\"a\xC0\xAF\">x\xFE\xFFy\xE2\x82</p>", "x\xFF y");
  CHECK(all_valid_utf8(bad));
  CHECK(bad.text_content(Page::root()) == "x\xEF\xBF\xBD\xEF\xBF\xBDy\xEF\xBF\xBD\xEF\xBF\xBD");

  std::mt19937 rng(20261123);
  const std::string alphabet = "<>/=\"'&;#!-? abcdefghijklmnopqrstuvwxyz\n";
  for (int round = 0; round < 20; ++round) {
    std::string junk(1 << 16, '\0');
    for (char& c : junk)
      c = round % 2 ? static_cast<char>(rng()) : alphabet[rng() % alphabet.size()];
    const Page page = parse(junk, junk.substr(0, 4096));
    CHECK(all_valid_utf8(page));
    (void)extract(page);
  }

  const Page empty = parse("");
  CHECK(empty.nodes.size() == 1);
  CHECK(extract(empty).empty());
  CHECK(page_from_serialized_dom(std::string(limits::kMaxInputBytes + 1, 'a'), "", kUrl).ok() == false);
}

// For each fixture page: gumbo's page model, serialised as a browser would, read back by this producer with
// all of its body text rendered, is the same page model, and extracts the same article.
TEST_CASE("serialised DOM: the fixture pages read back as gumbo parsed them", "[serialized_dom]") {
  int pages = 0;
  for (const auto& entry : fs::directory_iterator(test::fixtures_dir() / "pages")) {
    const fs::path source = entry.path() / "source.html";
    if (!fs::exists(source)) continue;
    ++pages;
    auto gumbo = page_from_html(test::read_file(source));
    REQUIRE(gumbo.ok());
    Page& expected = gumbo.value();
    expected.source = PageSource::Dom;
    expected.url = kUrl;
    const std::string markup = test::serialize_page(expected);
    const Page page = parse(markup, test::rendered_text(expected));
    INFO(entry.path().filename().string());
    CHECK(page_to_json(page) == page_to_json(expected));
    CHECK(to_json(extract(page)) == to_json(extract(expected)));
  }
  CHECK(pages >= 5);
}

namespace {

// An invented news page: a menu, an article of four paragraphs, related links and a footer. `hidden_*` are
// inserted where named, each inside an element that a stylesheet hides (a class: no attribute tells).
struct NewsPage {
  std::vector<std::string> paragraphs = {
      "RIVERTON - The county board approved on Monday a plan to restore the old stone mill on the east bank, "
      "after three years of hearings and a petition signed by more than four thousand residents.",
      "The restoration will cost 2.8 million dollars, shared between the county and a heritage fund, and "
      "work is due to begin in the autumn once the river is low enough for the masons to reach the wheel.",
      "Board member Alma Quist said the mill would house a small museum of the valley's milling trade and a "
      "workshop where local schools could see grain ground the way it was a century ago.",
      "Critics on the board argued that the money should go to the county's bridges first, two of which "
      "were closed to heavy traffic last spring after inspectors found cracks in their piers.",
  };
  std::vector<std::string> menu = {"Home", "County", "Sports", "Opinion", "Weather"};
  std::string hidden_in_article;   // after the second paragraph
  std::string hidden_before_article;

  std::string markup() const {
    std::string html =
        "<html lang=\"en\"><head><title>Board approves mill restoration | Riverton Courier</title>"
        "<meta property=\"og:site_name\" content=\"Riverton Courier\"></head><body>"
        "<nav class=\"menu\"><ul>";
    for (const auto& item : menu) html += "<li><a href=\"/" + item + "\">" + item + "</a></li>";
    html += "</ul></nav>";
    if (!hidden_before_article.empty()) html += "<div class=\"print-only\">" + hidden_before_article + "</div>";
    html += "<article><h1>Board approves mill restoration</h1>";
    for (std::size_t i = 0; i < paragraphs.size(); ++i) {
      html += "<p>" + paragraphs[i] + "</p>";
      if (i == 1 && !hidden_in_article.empty()) html += "<p class=\"collapsed\">" + hidden_in_article + "</p>";
    }
    html += "</article><footer><p>Copyright Riverton Courier.</p></footer></body></html>";
    return html;
  }
};

std::string join(const std::vector<std::string>& parts, const std::string& separator = "\n") {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : separator) + p;
  return out;
}

// body.innerText of the page when the hidden parts are hidden.
std::string rendered(const NewsPage& news, const std::string& after_second_paragraph = "") {
  std::string text = join(news.menu) + "\n\nBoard approves mill restoration\n\n";
  for (std::size_t i = 0; i < news.paragraphs.size(); ++i) {
    text += news.paragraphs[i] + "\n\n";
    if (i == 1) text += after_second_paragraph;
  }
  return text + "Copyright Riverton Courier.";
}

std::string body_of(const Page& page) { return extract(page).text(); }

const std::string kHiddenParagraph =
    "Subscribers can read the full minutes of the board meeting, including the vote of each member, in the "
    "archive section of our website after logging in with their account.";

}  // namespace

TEST_CASE("visibility: a hidden paragraph inside the article is dropped from it", "[serialized_dom]") {
  NewsPage news;
  news.hidden_in_article = kHiddenParagraph;
  const Page page = parse(news.markup(), rendered(news));
  const std::string body = body_of(page);
  CHECK(body.find("Subscribers can read") == std::string::npos);
  for (const auto& p : news.paragraphs) CHECK(body.find(p.substr(0, 40)) != std::string::npos);
  CHECK(find_tag(page, "article") != kNoNode);
  // Without the rendered text, the same markup keeps it: the alignment is what removed it.
  CHECK(body_of(parse(news.markup())).find("Subscribers can read") != std::string::npos);
}

TEST_CASE("visibility: a hidden menu is dropped with its elements", "[serialized_dom]") {
  NewsPage news;
  std::string visible = rendered(news);
  visible.erase(0, join(news.menu).size());  // the menu is display:none
  const Page page = parse(news.markup(), visible);
  CHECK(find_tag(page, "nav") == kNoNode);
  CHECK(find_tag(page, "li") == kNoNode);
  CHECK(page.text_content(Page::root()).find("Weather") == std::string::npos);
  CHECK(find_tag(page, "footer") != kNoNode);
  CHECK(find_tag(page, "title") != kNoNode);  // <head> is never tested
}

TEST_CASE("visibility: text-transform upper-case still aligns", "[serialized_dom]") {
  NewsPage news;
  news.hidden_in_article = kHiddenParagraph;
  std::string visible = rendered(news);
  for (char& c : visible) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  const Page page = parse(news.markup(), visible);
  const std::string body = body_of(page);
  for (const auto& p : news.paragraphs) CHECK(body.find(p) != std::string::npos);
  CHECK(body.find("Subscribers can read") == std::string::npos);
  // Accents and the sharp s: "Straße" upper-cased is "STRASSE".
  const Page german = parse("<html><body><p>Die Straße am Fluss wird im Sommer gesperrt.</p><p class=\"x\">"
                            "Nur für Abonnenten sichtbar und versteckt.</p></body></html>",
                            "DIE STRASSE AM FLUSS WIRD IM SOMMER GESPERRT.");
  CHECK(german.text_content(Page::root()) == "Die Straße am Fluss wird im Sommer gesperrt.");
}

TEST_CASE("visibility: shadow-DOM text in the rendered text does not lose the text after it",
          "[serialized_dom]") {
  NewsPage news;
  news.hidden_in_article = kHiddenParagraph;
  // A custom element's shadow tree renders text the serialisation does not hold, after the second paragraph.
  const std::string shadow = "Listen to this article. Audio player: 4 minutes.\n\n";
  news.paragraphs.push_back("A later paragraph that must survive the insertion of text the markup lacks, "
                            "which the alignment skips over to find this node a little further on.");
  const Page page = parse(news.markup(), rendered(news, shadow));
  const std::string body = body_of(page);
  for (const auto& p : news.paragraphs) CHECK(body.find(p) != std::string::npos);
  CHECK(body.find("Subscribers can read") == std::string::npos);  // the alignment still ran (no safety net)
}

TEST_CASE("visibility: the safety net keeps everything when the rendered text is unrelated",
          "[serialized_dom]") {
  NewsPage news;
  news.hidden_in_article = kHiddenParagraph;
  const std::string unrelated =
      "Page not found. The page you asked for has moved; try the search box or the front page instead.";
  const Page page = parse(news.markup(), unrelated);
  CHECK(page_to_json(page) == page_to_json(parse(news.markup())));
  CHECK(body_of(page).find("Subscribers can read") != std::string::npos);
  // A rendered text that is only a small part of the page's is not trusted either (under 90% explained).
  std::string partial = rendered(news);
  partial += std::string(partial.size() / 5, 'z');
  CHECK(page_to_json(parse(news.markup(), partial)) == page_to_json(parse(news.markup())));
  // Empty rendered text while the body has text: nothing is dropped.
  CHECK(page_to_json(parse(news.markup(), " \n ")) == page_to_json(parse(news.markup())));
}

TEST_CASE("visibility: a hidden duplicate of visible text keeps one copy", "[serialized_dom]") {
  NewsPage news;
  news.hidden_before_article = "<p>" + news.paragraphs[2] + "</p>";  // e.g. a print-only pull quote
  const Page page = parse(news.markup(), rendered(news));
  CHECK(count(page.text_content(Page::root()), news.paragraphs[2]) == 1);
  CHECK(count(body_of(page), news.paragraphs[2]) == 1);
  // Right before its visible copy, it is the first that stands at the cursor: still one copy.
  news.hidden_before_article.clear();
  news.hidden_in_article = news.paragraphs[2];
  const Page adjacent = parse(news.markup(), rendered(news));
  CHECK(count(adjacent.text_content(Page::root()), news.paragraphs[2]) == 1);
}

TEST_CASE("visibility: a short hidden item that happens to start the visible text does not derail it",
          "[serialized_dom]") {
  const Page page = parse(
      "<html><body><ul class=\"hidden-menu\"><li>Board</li></ul><h1>Board approves mill restoration</h1>"
      "<p>The county board approved on Monday a plan to restore the old stone mill.</p></body></html>",
      "Board approves mill restoration\nThe county board approved on Monday a plan to restore the old stone mill.");
  CHECK(find_tag(page, "ul") == kNoNode);
  CHECK(page.text_content(find_tag(page, "h1")) == "Board approves mill restoration");
}

// The large hostile pages of hostile_pages.h, as serialised markup: the article comes out, both when the
// rendered text is the whole page's and when it is only the article's (every other node is then hidden).
TEST_CASE("serialised DOM: the hostile pages still give their article", "[serialized_dom][large]") {
  std::string article_only;
  for (const auto& p : hostile::article_paragraphs()) article_only += p + "\n\n";
  const auto check_article = [](const Page& page) {
    const std::string body = extract(page).text();
    CHECK(body.find(hostile::first_sentence_marker()) != std::string::npos);
    CHECK(body.find(hostile::last_sentence_marker()) != std::string::npos);
    CHECK(all_valid_utf8(page));
  };
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"100,000 nested divs", hostile::deep_html(100'000, "div", true)},
      {"100,000 unclosed spans", hostile::deep_html(100'000, "span", false)},
      {"a million tiny elements", hostile::million_elements_html()},
      {"a 2 MB word", hostile::long_word_html()},
      {"100 KB class attributes", hostile::regex_bait_html()},
  };
  for (const auto& [name, html] : cases) {
    INFO(name);
    const Page everything = parse(html);
    check_article(parse(html, test::rendered_text(everything)));
    check_article(parse(html, article_only));
  }
  check_article(parse(hostile::huge_page(), article_only));
}

// Found on real pages (AEB, rendered by Chromium): a hidden drop-down menu whose long items recur, visible, in
// the footer. Looking those items up further on must not throw the cursor past the article to the footer.
TEST_CASE("visibility: hidden menu items that recur in a visible footer do not derail the alignment",
          "[serialized_dom]") {
  NewsPage news;
  const std::vector<std::string> sections = {"The Morning Jolt newsletter", "Books, Arts and Manners",
                                             "Constitutionally Speaking", "Radio Free California"};
  std::string menu = "<nav class=\"dropdown\"><ul>";  // hidden by the stylesheet until hovered
  std::string footer = "<footer class=\"site\"><ul>";
  std::string footer_text;
  for (const auto& s : sections) {
    menu += "<li><a href=\"/s\">" + s + "</a></li>";
    footer += "<li><a href=\"/s\">" + s + "</a></li>";
    footer_text += s + "\n";
  }
  std::string html = news.markup();
  html.insert(html.find("<nav class=\"menu\">"), menu + "</ul></nav>");
  html.insert(html.find("</body>"), footer + "</ul></footer>");
  const Page page = parse(html, rendered(news) + "\n" + footer_text);
  CHECK(find_tag(page, "nav") != kNoNode);  // the visible menu stays
  CHECK(count(page.text_content(Page::root()), "The Morning Jolt newsletter") == 1);  // the footer's copy
  const std::string body = body_of(page);
  for (const auto& p : news.paragraphs) CHECK(body.find(p) != std::string::npos);
  // The hidden drop-down went: the alignment worked (the safety net would have kept it).
  for (NodeId id = 0; id < page.nodes.size(); ++id)
    if (const auto* cls = page.attribute(id, "class")) CHECK(*cls != "dropdown");
}
