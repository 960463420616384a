// Images' captions for the reader view, on an invented article page: a figure's figcaption (not its image's
// alt text as well), an image's alt text outside figures, each once, in document order; images outside the
// article's element (a sidebar, the site's logo) and empty alt text give nothing; the body never holds a
// caption, so fingerprints do not see them.
#include <catch2/catch.hpp>

#include <string>

#include "firsthand/extract.h"
#include "html_producer.h"
#include "prose.h"

using namespace firsthand;
using test::prose;

namespace {

const std::string kPage =
    "<html><body><header><img src='logo.png' alt='Skerry Gazette logo'></header>"
    "<div class='story'><h1>The keepers' logbook</h1><p>" + prose(1) + "</p>"
    "<figure><img src='lamp.jpg' alt='A brass lamp'><figcaption>The <b>1912</b> lamp, restored   last spring."
    "</figcaption></figure><p>" + prose(2) + "</p>"
    "<p><img src='log.jpg' alt='The logbook open at 3 March'> " + prose(3) + "</p>"
    "<img src='spacer.gif' alt=''><img src='log.jpg' alt='The logbook open at 3 March'>"
    "<p>" + prose(4) + "</p></div>"
    "<aside><figure><img src='ad.jpg'><figcaption>Visit our shop</figcaption></figure></aside></body></html>";

}  // namespace

TEST_CASE("captions: figcaptions and alt text of the article's images, for reading only") {
  auto page = page_from_html(kPage);
  REQUIRE(page.ok());
  const Article article = extract(page.value());
  REQUIRE(article.paragraphs.size() == 4);
  CHECK(article.captions == std::vector<std::string>{"The 1912 lamp, restored last spring.", "The logbook open at 3 March"});
  for (const auto& p : article.paragraphs) {
    CHECK(p.find("1912 lamp") == std::string::npos);
    CHECK(p.find("logbook open") == std::string::npos);
  }
  CHECK(to_json(article)["captions"].size() == 2);
}

TEST_CASE("captions: none for a page without images, or with an empty body") {
  auto page = page_from_html("<html><body><article><p>" + prose(1) + "</p><p>" + prose(2) + "</p></article></body></html>");
  REQUIRE(page.ok());
  CHECK(extract(page.value()).captions.empty());
  CHECK(image_captions(page.value(), {}).empty());
}
