// DOM body extraction behaviours: hidden elements, link density, class hints, split articles, the DOM (page
// JSON) path, and hostile shapes (empty pages, 100,000 nested divs) that must give a sensible result.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "firsthand/extract.h"
#include "firsthand/page/page_json.h"
#include "html_producer.h"
#include "prose.h"

using namespace firsthand;
using test::prose;

namespace {

std::string article_html(const std::string& extra_inside, const std::string& extra_outside = "") {
  std::string html = "<html><body><div class='page'><article><h1>Footbridge saved</h1>";
  for (int i = 1; i <= 4; ++i) html += "<p>" + prose(i) + "</p>";
  html += extra_inside + "</article>" + extra_outside + "</div></body></html>";
  return html;
}

std::vector<std::string> body_of(const std::string& html) {
  auto page = page_from_html(html);
  REQUIRE(page.ok());
  return extract_dom_body(page.value());
}

bool contains(const std::vector<std::string>& body, const std::string& needle) {
  for (const auto& p : body)
    if (p.find(needle) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("dom extraction keeps the article's paragraphs in order and drops the title", "[dom]") {
  const auto body = body_of(article_html("<h2>What happens next</h2><p>" + prose(5) + "</p>"));
  REQUIRE(body.size() == 6);
  CHECK(body[0] == prose(1));
  CHECK(body[4] == "What happens next");
  CHECK(body[5] == prose(5));
  CHECK_FALSE(contains(body, "Footbridge saved"));
}

TEST_CASE("dom extraction collapses inline whitespace and flattens inline markup", "[dom]") {
  const auto body = body_of(article_html("<p>  The   <b>mayor</b>\n said <a href='/x'>yes</a>\t to the plan, "
                                         "which pleased the walkers of the town a great deal.  </p>"));
  CHECK(contains(body, "The mayor said yes to the plan, which pleased"));
}

TEST_CASE("hidden elements are skipped", "[dom]") {
  const auto body = body_of(article_html(
      "<p hidden>Secret draft one that nobody should ever read in the article body at all.</p>"
      "<p aria-hidden='true'>Secret draft two that nobody should ever read in the article body.</p>"
      "<div style='color:red; DISPLAY : none'><p>Secret draft three that nobody should ever read here.</p></div>"
      "<p style='visibility:hidden'>Secret draft four that nobody should ever read in the body.</p>"));
  CHECK(body.size() == 4);
  CHECK_FALSE(contains(body, "Secret draft"));
}

TEST_CASE("link-dense blocks and lists are dropped", "[dom]") {
  const auto body = body_of(article_html(
      "<p><a href='/a'>Council budget explained in full detail for every resident</a> and more</p>"
      "<ul><li><a href='/1'>Another story about the river and its many old bridges</a></li>"
      "<li><a href='/2'>A third story about the valley and the winter floods coming</a></li></ul>"));
  CHECK(body.size() == 4);
  CHECK_FALSE(contains(body, "Council budget"));
  CHECK_FALSE(contains(body, "Another story"));
}

TEST_CASE("class and id hints remove share bars, related lists, newsletters and comments", "[dom]") {
  const auto body = body_of(article_html(
      "<div class='article-share'>Share this story with your friends and family today</div>"
      "<div class='relatedArticles'><p>" + prose(90) + "</p></div>"
      "<div id='newsletter-box'><p>" + prose(91) + "</p></div>"
      "<section id='comments'><p>" + prose(92) + "</p></section>"));
  CHECK(body.size() == 4);
  CHECK_FALSE(contains(body, "Share this story"));
  CHECK_FALSE(contains(body, "Paragraph 9"));
}

TEST_CASE("an article split over cousin wrappers is extracted whole", "[dom]") {
  std::string html = "<html><body><main><div class='body-part'><div class='grid'>";
  for (int i = 1; i <= 3; ++i) html += "<p>" + prose(i) + "</p>";
  html += "</div></div><div class='slot'><div class='ad'>Advertisement</div></div><div class='body-part'><div "
          "class='grid'>";
  for (int i = 4; i <= 9; ++i) html += "<p>" + prose(i) + "</p>";
  html += "</div></div></main><div class='sidebar'><p>Weather: sunny.</p></div></body></html>";
  const auto body = body_of(html);
  REQUIRE(body.size() == 9);
  CHECK(body.front() == prose(1));
  CHECK(body.back() == prose(9));
}

TEST_CASE("a live-DOM page (page JSON, source dom) gives the same body as the HTML page", "[dom][json]") {
  const std::string html = article_html("<div class='share-tools'>Share</div><p>" + prose(5) + "</p>");
  auto from_html = page_from_html(html);
  REQUIRE(from_html.ok());
  nlohmann::json wire = page_to_json(from_html.value());
  wire["source"] = "dom";
  auto from_dom = page_from_json(wire);
  REQUIRE(from_dom.ok());
  CHECK(from_dom->source == PageSource::Dom);
  CHECK(extract_dom_body(from_dom.value()) == extract_dom_body(from_html.value()));
}

TEST_CASE("empty and text-free pages give an empty body", "[dom][hostile]") {
  CHECK(extract_dom_body(Page{}).empty());
  CHECK(body_of("").empty());
  CHECK(body_of("<html><body><div><span></span></div><img src='x'></body></html>").empty());
  CHECK(body_of("<nav><a href='/'>Home</a></nav><footer>Contact</footer>").empty());
}

TEST_CASE("100,000 nested divs are handled without recursion", "[dom][hostile]") {
  SECTION("built directly in the page model") {
    Page page;
    NodeId parent = page.add_element(Page::root(), "body");
    for (int i = 0; i < 100000; ++i) parent = page.add_element(parent, "div");
    const NodeId p = page.add_element(parent, "p");
    page.add_text(p, prose(1));
    const auto body = extract_dom_body(page);
    REQUIRE(body.size() == 1);
    CHECK(body[0] == prose(1));
  }
  SECTION("parsed from HTML") {
    std::string html = "<html><body>";
    for (int i = 0; i < 100000; ++i) html += "<div>";
    html += "<p>" + prose(1) + "</p>";
    const auto body = body_of(html);
    REQUIRE(body.size() == 1);
    CHECK(body[0] == prose(1));
  }
}

TEST_CASE("BEM modifiers and headline-slug ids do not prune text on their own", "[dom]") {
  // "--promoted" and "--ads" describe a look; the id is the headline's slug, not a share widget.
  const auto body = body_of(article_html(
      "<div class='node node--promoted'><p>" + prose(5) + "</p></div>"
      "<div class='report__section report__section--ads'><p>" + prose(6) + "</p></div>"
      "<div id='sharing-the-footbridge-repair-plans'><p>" + prose(7) + "</p></div>"
      "<div class='sharebar'><a href='/s'>Share on social networks</a></div>"));
  CHECK(contains(body, "Paragraph 5"));
  CHECK(contains(body, "Paragraph 6"));
  CHECK(contains(body, "Paragraph 7"));
  CHECK_FALSE(contains(body, "Share on social"));
  // The block name still counts: a "promo" box is still clutter.
  CHECK_FALSE(contains(body_of(article_html("<div class='promo promo--wide'><p>Win a weekend away, enter "
                                            "today and get the newsletter too.</p></div>")),
                       "Win a weekend"));
}

TEST_CASE("a page with no prose block gives its body's text, pruned, as Readability does", "[dom]") {
  const auto body = body_of("<html><body><nav><a href='/'>Home</a></nav><div>Opening times</div>"
                            "<div>Mon to Fri, 9 to 5</div><div class='share'><a href='/s'>Share</a></div></body></html>");
  CHECK(body == std::vector<std::string>{"Opening times", "Mon to Fri, 9 to 5"});
}
