// The five seed pages (../shared/seeds): each visible-text dump, through page_from_text and extract(), must
// give the article body that expected.json delimits (body_first .. body_last, none of must_exclude) and the
// metadata it states (title, date shown, site, credit). expected.json is read at test time; no seed text is
// copied here.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "firsthand/extract.h"
#include "firsthand/page/text_producer.h"
#include "test_support.h"

using namespace firsthand;

namespace {

bool starts_with(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

// expected.json's string field, or "" when it is absent, null or "unknown".
std::string expected_string(const nlohmann::json& doc, const char* key) {
  const auto it = doc.find(key);
  if (it == doc.end() || !it->is_string() || *it == "unknown") return {};
  return it->get<std::string>();
}

}  // namespace

TEST_CASE("seed pages: body and metadata match expected.json", "[seeds][extract]") {
  REQUIRE_SHARED(shared);
  const auto expected = nlohmann::json::parse(test::read_file(shared / "seeds" / "expected.json"), nullptr, false);
  REQUIRE(expected.is_object());
  const auto& documents = expected.at("documents");
  REQUIRE(documents.size() == 5);

  for (const auto& [file, doc] : documents.items()) {
    INFO("seed " << file);
    const Article article = extract(page_from_text(test::read_file(shared / "seeds" / file)));
    REQUIRE_FALSE(article.paragraphs.empty());
    INFO("first paragraph: " << article.paragraphs.front().substr(0, 120));
    INFO("last paragraph: " << article.paragraphs.back().substr(0, 120));
    CHECK(starts_with(article.paragraphs.front(), doc.at("body_first").get<std::string>()));
    CHECK(starts_with(article.paragraphs.back(), doc.at("body_last").get<std::string>()));
    const std::string body = article.text();
    for (const auto& clutter : doc.at("must_exclude")) {
      INFO("must exclude: " << clutter.get<std::string>());
      CHECK(body.find(clutter.get<std::string>()) == std::string::npos);
    }

    // A null title or date means the page shows none: the product must not invent one.
    CHECK(article.meta.title == expected_string(doc, "title"));
    CHECK(article.meta.date == expected_string(doc, "date_shown"));
    if (const auto site = expected_string(doc, "site"); !site.empty()) CHECK(article.meta.site_name == site);

    const std::string credit_in_text = expected_string(doc, "credit_in_text");
    if (starts_with(credit_in_text, "by ")) {
      // A wire credit ("by Reuters"): the credit is the wire, the evidence the words that credit it.
      CHECK(article.meta.credit_evidence == credit_in_text);
      CHECK(article.meta.credit == credit_in_text.substr(3));
    } else if (!credit_in_text.empty()) {
      // Reporters named in a closing signature ("— A and B"), on a page that names no publisher: they are
      // the byline (outranking the page's house byline), and there is no syndication credit to report.
      const std::string reporters = credit_in_text.substr(0, credit_in_text.find(" ("));
      CHECK(article.meta.byline == reporters);
      CHECK(article.meta.credit.empty());
    } else {
      CHECK(article.meta.credit.empty());
    }
  }
}
