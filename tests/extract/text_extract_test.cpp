// Body extraction from visible-text pages: each kind of clutter a text dump carries (menus, sidebars of other
// stories, sponsored interjections, captions shown twice, embedded posts, share bars, footers) stays out of
// the body; subheadings and an article split by a picture stay in. The articles here are invented.
#include <catch2/catch.hpp>

#include <chrono>

#include "firsthand/extract.h"
#include "firsthand/page/text_producer.h"

using namespace firsthand;

namespace {

std::vector<std::string> body_of(std::string_view text) { return extract_text_body(page_from_text(text)); }

bool contains(const std::vector<std::string>& paragraphs, std::string_view needle) {
  for (const auto& p : paragraphs)
    if (p.find(needle) != std::string::npos) return true;
  return false;
}

constexpr std::string_view kHeader =
    "Accept cookies\nHarbour Ledger\n  • Home\n  • World\n  • Sport\n  • Weather\nSearch\n\n"
    "Ferries return to the fjord after the storm\n\nBy Kari Nord Published May 4, 2023\nShare\n\n";

constexpr std::string_view kParagraphs[] = {
    "The first ferry crossed the fjord on Thursday morning, three days after the storm closed the route.",
    "Harbour officials said the crossing took forty minutes, ten more than usual, because of debris in the water.",
    "The operator expects a full timetable by the weekend if the wind stays below gale force.",
    "Residents on the islands had relied on a single fishing boat for medicine and post since Monday.",
};

std::string article(std::string_view between_first_and_rest = "\n\n") {
  std::string text(kHeader);
  text += kParagraphs[0];
  text += between_first_and_rest;
  for (std::size_t i = 1; i < std::size(kParagraphs); ++i) (text += kParagraphs[i]) += "\n\n";
  return text;
}

}  // namespace

TEST_CASE("menus, header, share bar and footer stay out of the body", "[text-extract]") {
  const auto body = body_of(article() +
                            "— Kari Nord\n\nShare This Article\nFacebook Twitter Email Print\n\nMOST READ\n\n"
                            "Council approves the new bridge budget\n\nCouncil approves the new bridge budget\n\n"
                            "The council voted on Tuesday to spend more on the bridge than…\n\n"
                            "© 2023 Harbour Ledger. All rights reserved.\n  • About\n  • Contact\n");
  REQUIRE(body.size() == std::size(kParagraphs));
  CHECK(body.front() == kParagraphs[0]);
  CHECK(body.back() == kParagraphs[3]);
}

TEST_CASE("sponsored labels and embedded posts inside the article are dropped, the article goes on",
          "[text-extract]") {
  const auto body = body_of(article("\n\nSponsored Content\n\n"
                                    "Ferry back at last! pic.twitter.com/AbCdEf123\n"
                                    "— Island Watch (@islandwatch) May 4, 2023\n\n"));
  REQUIRE(body.size() == std::size(kParagraphs));
  CHECK_FALSE(contains(body, "Sponsored"));
  CHECK_FALSE(contains(body, "pic.twitter.com"));
  CHECK(body.back() == kParagraphs[3]);
}

TEST_CASE("a subheading between paragraphs is part of the body", "[text-extract]") {
  const auto body = body_of(article("\n\nWhat happens next\n\n"));
  REQUIRE(body.size() == std::size(kParagraphs) + 1);
  CHECK(body[1] == "What happens next");
}

TEST_CASE("captions, shown twice, are not body, and a picture inside the article does not cut it", "[text-extract]") {
  const std::string caption = "The ferry Nordlys leaving the harbour on Thursday. (Harbour Ledger Photo)";
  std::string text(kHeader);
  text += "A short summary line that stands above the lead picture of this story.\n\n";
  text += caption + "\n" + caption + "\n\n";
  text += std::string(kParagraphs[0]) + "\n\n" + std::string(kParagraphs[1]) + "\n\n";
  text += "Passengers queue at the pier. Photo by Ola Sand\n\n";
  text += std::string(kParagraphs[2]) + "\n\n" + std::string(kParagraphs[3]) + "\n";
  const auto body = body_of(text);
  REQUIRE(body.size() == std::size(kParagraphs));
  CHECK(body.front() == kParagraphs[0]);  // the lone standfirst above the picture is not the body
  CHECK(body.back() == kParagraphs[3]);
  CHECK_FALSE(contains(body, "Photo"));
}

TEST_CASE("a page that is only the article keeps every paragraph and drops the comment prompt", "[text-extract]") {
  std::string text;
  for (auto p : kParagraphs) (text += p) += "\n";
  text += "Be the first to comment\n";
  const auto body = body_of(text);
  REQUIRE(body.size() == std::size(kParagraphs));
  CHECK(body.back() == kParagraphs[3]);
}

// Greedy wrapping at `width` columns, the way plain-text mail and text copies are wrapped.
std::string wrapped(std::string_view paragraph, std::size_t width) {
  std::string out, line;
  for (std::size_t start = 0; start < paragraph.size();) {
    std::size_t end = paragraph.find(' ', start);
    if (end == std::string_view::npos) end = paragraph.size();
    const std::string_view word = paragraph.substr(start, end - start);
    if (!line.empty() && line.size() + 1 + word.size() > width) (out += line) += '\n', line.clear();
    (line += line.empty() ? "" : " ") += word;
    start = end + 1;
  }
  return out + line;
}

TEST_CASE("a hard-wrapped article keeps each paragraph whole, while menus and one-line paragraphs stay apart",
          "[text-extract]") {
  std::string text(kHeader);
  for (auto p : kParagraphs) (text += wrapped(p, 42)) += "\n\n";
  const auto body = body_of(text);
  REQUIRE(body.size() == std::size(kParagraphs));
  for (std::size_t i = 0; i < body.size(); ++i) CHECK(body[i] == kParagraphs[i]);
  // The same paragraphs one to a line, with no blank line between them, are not wrapped text.
  std::string one_a_line;
  for (auto p : kParagraphs) (one_a_line += p) += "\n";
  CHECK(body_of(one_a_line).size() == std::size(kParagraphs));
}

TEST_CASE("text pages without spaces between words (CJK) still give a body", "[text-extract]") {
  const auto body = body_of(
      "ホーム\nニュース\n\n"
      "東京都は水曜日、湾岸地区の新しい橋の工事が予定より二か月早く終わったと発表しました。\n\n"
      "都によりますと、橋は来月一日から一般の車両が通行できるようになり、渋滞の緩和が期待されています。\n\n"
      "関連記事\n");
  REQUIRE(body.size() == 2);
  CHECK(body.front().rfind("東京都は", 0) == 0);
}

TEST_CASE("empty, menu-only and huge text pages give a sensible result quickly", "[text-extract][hostile]") {
  CHECK(body_of("").empty());
  CHECK(body_of("\n\n\n").empty());
  CHECK(body_of("Home\nWorld\nSport\n  • About\n").empty());
  std::string many_lines;
  for (int i = 0; i < 100000; ++i) many_lines += "The ferry crossed the fjord again on a calm morning today.\n";
  std::string one_long_line(2u << 20, 'a');
  const auto start = std::chrono::steady_clock::now();
  CHECK(body_of(many_lines).empty());  // every line repeated: a page of repeats has no article
  CHECK(body_of(one_long_line).empty());
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(20));
}
