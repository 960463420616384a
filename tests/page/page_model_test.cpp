// Page model: construction limits, UTF-8 sanitising and the flat JSON round trip.
#include <catch2/catch.hpp>

#include "firsthand/page/limits.h"
#include "firsthand/page.h"
#include "firsthand/page/page_json.h"

using namespace firsthand;

TEST_CASE("page model builds a tree and reads text in document order", "[page]") {
  Page page;
  const NodeId body = page.add_element(Page::root(), "BODY");
  const NodeId p = page.add_element(body, "p", {{"class", "lead"}});
  page.add_text(p, "Hello ");
  const NodeId b = page.add_element(p, "b");
  page.add_text(b, "world");
  CHECK(page[body].tag == "body");
  CHECK(*page.attribute(p, "class") == "lead");
  CHECK(page.attribute(p, "id") == nullptr);
  CHECK(page.text_content(body) == "Hello world");
}

TEST_CASE("deep nesting is clamped, not recursed", "[page][limits]") {
  Page page;
  NodeId parent = Page::root();
  for (int i = 0; i < 100000; ++i) parent = page.add_element(parent, "div");
  page.add_text(parent, "deep text");
  CHECK(page.truncated);
  std::uint32_t max_depth = 0;
  for (const auto& n : page.nodes) max_depth = std::max(max_depth, n.depth);
  CHECK(max_depth <= limits::kMaxDepth + 1);
  CHECK(page.text_content(Page::root()) == "deep text");
}

TEST_CASE("invalid UTF-8 and NUL bytes are cleaned", "[page][utf8]") {
  CHECK(sanitize_utf8("ok \xC3\xA9") == "ok \xC3\xA9");
  CHECK(sanitize_utf8(std::string("a\0b", 3)) == "ab");
  CHECK(sanitize_utf8("\xFF") == "\xEF\xBF\xBD");
  CHECK(sanitize_utf8("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong '/'
  CHECK(sanitize_utf8("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
  CHECK(sanitize_utf8("\xE2\x82") == "\xEF\xBF\xBD\xEF\xBF\xBD");  // truncated sequence
}

TEST_CASE("page JSON round-trips and rejects malformed input", "[page][json]") {
  Page page;
  page.source = PageSource::Dom;
  page.url = "https://example.org/a";
  const NodeId body = page.add_element(Page::root(), "body", {{"id", "main"}});
  page.add_text(body, "text");
  auto back = page_from_json(page_to_json(page));
  REQUIRE(back.ok());
  CHECK(back->source == PageSource::Dom);
  CHECK(back->url == page.url);
  REQUIRE(back->nodes.size() == 3);
  CHECK(*back->attribute(1, "id") == "main");
  CHECK(back->text_content(Page::root()) == "text");

  CHECK_FALSE(page_from_json_text("not json").ok());
  CHECK_FALSE(page_from_json_text(R"({"nodes":[[5,"div",{}]]})").ok());       // parent after child
  CHECK_FALSE(page_from_json_text(R"({"nodes":[[0,"x"],[1,"div",{}]]})").ok());  // child of text
  CHECK_FALSE(page_from_json_text(R"({"nodes":{}})").ok());
  CHECK_FALSE(page_from_json_text(std::string(100000, '[') + std::string(100000, ']')).ok());
  const auto error = page_from_json_text(R"({"nodes":[[0]]})");
  REQUIRE_FALSE(error.ok());
  CHECK(error.error().find("node 0") != std::string::npos);
}
