// firsthand::warm_up and the tortured-phrase dictionary it builds: warming up is idempotent and changes no
// analysis, and the dictionary built word by word finds exactly what the phrase-by-phrase build found.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <string>
#include <vector>

#include "firsthand/extract.h"
#include "firsthand/page/serialized_dom.h"
#include "firsthand/fingerprint.h"
#include "firsthand/fingerprint/spin.h"
#include "firsthand/page/text_producer.h"
#include "firsthand/verdict.h"
#include "firsthand/warm_up.h"
#include "html_producer.h"
#include "fingerprint/phrase_trie.h"
#include "test_support.h"
#include "fingerprint/tortured_phrases.h"
#include "warm_up/sample_page.h"

using namespace firsthand;
namespace fs = std::filesystem;

namespace {

std::vector<Article> fixture_articles() {
  std::vector<fs::path> folders;
  for (const auto& entry : fs::directory_iterator(test::fixtures_dir() / "pages"))
    if (entry.is_directory()) folders.push_back(entry.path());
  std::sort(folders.begin(), folders.end());
  std::vector<Article> articles;
  for (const auto& folder : folders) {
    if (fs::exists(folder / "source.html")) {
      auto page = page_from_html(test::read_file(folder / "source.html"));
      REQUIRE(page.ok());
      articles.push_back(extract(page.value()));
    } else {
      articles.push_back(extract(page_from_text(test::read_file(folder / "source.txt"))));
    }
  }
  return articles;
}

// Everything an analysis answers for each fixture page: the article, its compact fingerprint, and the
// verdict against the other pages.
std::vector<std::string> analyse_fixtures() {
  const std::vector<Article> articles = fixture_articles();
  std::vector<KnownArticle> known;
  for (std::size_t i = 0; i < articles.size(); ++i) known.push_back(make_known_article(std::to_string(i), articles[i]));
  std::vector<std::string> answers;
  for (const Article& article : articles) {
    std::string fp;
    serialize(fingerprint(article), fp);
    answers.push_back(to_json(article).dump() + fp + to_json(judge(article, known)).dump());
  }
  return answers;
}

}  // namespace

TEST_CASE("warm_up is idempotent and changes no analysis", "[warm_up]") {
  const std::vector<std::string> cold = analyse_fixtures();  // a fresh process: statics built on first use
  warm_up();
  warm_up();
  CHECK(analyse_fixtures() == cold);
  warm_up();
  CHECK(analyse_fixtures() == cold);
}

TEST_CASE("the warm-up page is a long story without its hidden promotion, menu and comments", "[warm_up]") {
  const detail::WarmUpPage generated = detail::make_warm_up_page();
  CHECK(generated.html.size() > 60'000);  // long enough to make the page analysis hot (warm_up.cpp)
  CHECK(generated.html == detail::make_warm_up_page().html);
  auto page = page_from_serialized_dom(generated.html, generated.visible_text, generated.url);
  REQUIRE(page.ok());
  const Article article = extract(page.value());
  CHECK(article.meta.title == "Harbor council approves the ferry budget");
  CHECK(article.paragraphs.size() >= 80);
  const std::string body = article.text();
  CHECK(body.find("Read more about the ferry & the budget plans.") != std::string::npos);
  // Left out of the rendered text only (the stylesheet hides it): gone if the two strings align.
  CHECK(generated.html.find("subscribe to the Harbor Gazette") != std::string::npos);
  CHECK(body.find("subscribe to the Harbor Gazette") == std::string::npos);
  CHECK(body.find("Reader 7") == std::string::npos);
  CHECK(body.find("Reply") == std::string::npos);
  CHECK(body.find("timetable 10") == std::string::npos);  // a menu entry
}

TEST_CASE("the tortured-phrase dictionary built word by word matches the phrase-by-phrase build", "[spin]") {
  // The former build: every tortured phrase tokenized whole, every correction folded.
  detail::PhraseTrie reference;
  std::vector<std::string> corrections;
  std::string text;
  detail::for_each_tortured_phrase([&](std::string_view tortured, std::string_view correct) {
    const TokenizedText tokens = tokenize(tortured);
    if (!tokens.tokens.empty()) {
      reference.add(tokens.tokens, static_cast<std::uint32_t>(corrections.size()));
      corrections.push_back(fold_text(correct));
    }
    // Every phrase in a text, as a sentence of its own, some capitalised, a paragraph every 40 phrases.
    std::string sentence(tortured);
    if (corrections.size() % 3 == 0 && !sentence.empty()) sentence[0] = static_cast<char>(std::toupper(sentence[0]));
    text += sentence + (corrections.size() % 40 == 0 ? ".\n\n" : ". ");
  });
  REQUIRE(corrections.size() > 7000);
  CHECK(tortured_phrase_count() == corrections.size());

  const TokenizedText tokens = tokenize(text);
  std::vector<PhraseHit> expected;
  for (const auto& m : reference.find(tokens.tokens)) {
    const auto& first = tokens.tokens[m.first_token];
    const auto& last = tokens.tokens[m.first_token + m.token_count - 1];
    expected.push_back({tokens.folded.substr(first.begin, last.end - first.begin), corrections[m.phrase_id]});
  }
  const std::vector<PhraseHit> found = find_tortured_phrases(tokens);
  REQUIRE(found.size() == expected.size());
  CHECK(found.size() > 7000);
  for (std::size_t i = 0; i < found.size(); ++i) {
    INFO(i);
    CHECK(found[i].phrase == expected[i].phrase);
    CHECK(found[i].correct == expected[i].correct);
  }
}
