// The gumbo producer: script/style bodies and comments are dropped before parsing (JSON-LD kept), and the
// tree and text that remain are the same as parsing the untouched page.
#include <catch2/catch.hpp>

#include <string>

#include "firsthand/page.h"
#include "html_producer.h"
#include "raw_text_strip.h"

using namespace firsthand;

namespace {

bool has_json_ld_script(const Page& page) {
  for (NodeId id = 0; id < page.nodes.size(); ++id)
    if (page.nodes[id].tag == "script" && page.text_content(id).find("\"@type\"") != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("raw text stripping drops script and style bodies and comments, keeps JSON-LD", "[html]") {
  const std::string html =
      "<p>one</p><SCRIPT type='text/javascript'>if (a < b) { document.write('</p>'); }</script>"
      "<style>p > a { color: red }</style><!-- <script>not a tag</script> -->"
      "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\"}</script><p>two</p>";
  const auto stripped = strip_raw_text(html);
  REQUIRE(stripped);
  CHECK(*stripped ==
        "<p>one</p><SCRIPT type='text/javascript'></script><style></style>"
        "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\"}</script><p>two</p>");
}

TEST_CASE("raw text stripping keeps the noscript copy of a script-rendered template, and only that", "[html]") {
  CHECK(*strip_raw_text("<div><script type='text/template'><p>a</p></script>\n <noscript><p>a</p></noscript></div>") ==
        "<div><p>a</p></noscript></div>");
  // A template with no copy beside it, and a noscript after an ordinary script, are dropped as before.
  CHECK(*strip_raw_text("<script type='text/template'><p>a</p></script><p>b</p>") ==
        "<script type='text/template'></script><p>b</p>");
  CHECK(*strip_raw_text("<script>x()</script><noscript><p>a</p></noscript>") == "<script></script><noscript></noscript>");
}

TEST_CASE("raw text stripping reads ld+json and text/template only from the type attribute", "[html]") {
  // A src, class or data attribute that merely names the words is an ordinary script: its body goes.
  CHECK(*strip_raw_text("<script src='/js/ld+json-helper.js' class=\"text/template\">var a = 1;</script>") ==
        "<script src='/js/ld+json-helper.js' class=\"text/template\"></script>");
  CHECK(*strip_raw_text("<script data-kind=text/template><p>a</p></script>\n<noscript><p>a</p></noscript>") ==
        "<script data-kind=text/template></script>\n<noscript></noscript>");
  // The type attribute is found in any case, after other attributes, quoted or not.
  CHECK(*strip_raw_text("<script id='x' TYPE = application/LD+JSON>{}</script><script src=a.js></script>") ==
        "<script id='x' TYPE = application/LD+JSON>{}</script><script src=a.js></script>");
  CHECK(*strip_raw_text("<script async type=\"text/template\"><p>a</p></script><noscript><p>a</p></noscript>") ==
        "<p>a</p></noscript>");
}

TEST_CASE("raw text stripping ends a start tag where the HTML tokenizer does", "[html]") {
  // A quote opens a value only after '=': an apostrophe inside an unquoted value or a name does not run on past
  // the tag's '>', so the script body still goes and the page after it stays.
  CHECK(*strip_raw_text("<script data-note=it's>var a = '<p>';</script><p>b</p>") ==
        "<script data-note=it's></script><p>b</p>");
  CHECK(*strip_raw_text("<style a\"b>p { color: red }</style><p>b</p>") == "<style a\"b></style><p>b</p>");
  // A quoted value holds its '>': the tag ends after it.
  CHECK(*strip_raw_text("<script data-x='a>b'>x()</script><p>b</p>") == "<script data-x='a>b'></script><p>b</p>");
}

TEST_CASE("raw text stripping leaves pages without raw text, and unterminated bodies, alone", "[html]") {
  CHECK_FALSE(strip_raw_text("<p>plain <b>page</b></p>"));
  CHECK_FALSE(strip_raw_text(""));
  CHECK_FALSE(strip_raw_text("<p>a</p><script>never closed <p>b</p>"));
  CHECK_FALSE(strip_raw_text("<p>a</p><!-- never closed"));
  CHECK_FALSE(strip_raw_text("<scripts>not a script element</scripts>"));
}

TEST_CASE("the producer's page keeps visible text and JSON-LD but no script or style text", "[html]") {
  const auto page = page_from_html(
      "<html><head><style>.x{}</style><script type='application/ld+json'>{\"@type\": \"NewsArticle\"}</script>"
      "</head><body><p>Visible <!-- hidden note --> words</p><script>var secret = 1;</script></body></html>");
  REQUIRE(page.ok());
  const std::string text = page->text_content(Page::root());
  CHECK(text.find("Visible") != std::string::npos);
  CHECK(text.find("words") != std::string::npos);
  CHECK(text.find("secret") == std::string::npos);
  CHECK(text.find(".x{}") == std::string::npos);
  CHECK(has_json_ld_script(page.value()));
}
