// The copies `firsthand copies` makes (cli/copy_maker.h), on an invented article, without ../shared: each kind
// keeps the text it should, carries its clutter, credit or wrap, is dated after its original, and the same
// seed gives the same copy. The synonyms come from a small WordNet database written here in WordNet's format.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "copy_maker.h"
#include "firsthand/extract.h"
#include "html_producer.h"

using namespace firsthand;
using namespace firsthand::cli;

namespace {

Article invented_article() {
  Article a;
  a.meta.title = "Harbour council approves the new ferry timetable";
  a.meta.date = "2024-02-27";
  a.meta.site_name = "Harbour Gazette";
  a.meta.byline = "Mara Quill";
  a.meta.language = "en";
  a.paragraphs = {
      "The harbour council approved a new ferry timetable on Tuesday after a long debate about the quiet evening "
      "crossings that residents of the outer islands have asked for since the old schedule was cut last spring.",
      "Under the plan the first ferry leaves at six in the morning and the last one returns shortly before "
      "midnight, which the operator said would need two more crews and a second boat during the summer months.",
      "Councillor Edda Brandt said the change was overdue and that the quiet crossings mattered to nurses and "
      "shift workers who had been sleeping at the mainland depot when they missed the early boat.",
      "The operator expects the new timetable to start in May, once the harbour office has tested the second "
      "boat and trained the crews on the longer route around the northern breakwater."};
  return a;
}

Article extract_html(const std::string& html) {
  auto page = page_from_html(html);
  REQUIRE(page);
  return extract(page.value());
}

// A WordNet database with one lemma for each part of speech: the adjective "quiet" (synonym "tranquil"), an
// adverb, the verb "cut" ("trim") and the noun "boat" ("vessel"). In a
// folder of this process's own: ctest runs each test case in a process of its own, two of them at once.
std::string write_wordnet() {
  const auto dir = std::filesystem::temp_directory_path() / ("firsthand-copy-maker-wordnet-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  auto write_pos = [&](const std::string& pos, const std::string& lemma, const std::string& synonym, char type) {
    const std::string data_line = "00000000 00 " + std::string(1, type) + " 02 " + lemma + " 0 " + synonym + " 0 000 | gloss\n";
    const std::string header = "  1 This software and database is being provided\n";  // as WordNet's files open
    std::ofstream(dir / ("data." + pos)) << header << data_line;
    std::ofstream(dir / ("index." + pos)) << header << lemma << " " << type << " 1 0 1 0 " << header.size() << "\n";
  };
  write_pos("adj", "quiet", "tranquil", 'a');
  write_pos("adv", "none", "nothing", 'r');
  write_pos("verb", "cut", "trim", 'v');
  write_pos("noun", "boat", "vessel", 'n');
  return dir.string();
}

}  // namespace

TEST_CASE("WordNet's database gives a synonym for each lemma, and a missing database is an error", "[copy-maker]") {
  auto synonyms = Synonyms::load(write_wordnet());
  REQUIRE(synonyms);
  REQUIRE(synonyms->of("quiet"));
  CHECK(*synonyms->of("quiet") == "tranquil");
  CHECK(*synonyms->of("boat") == "vessel");
  CHECK(synonyms->of("ferry") == nullptr);
  CHECK_FALSE(Synonyms::load("/nonexistent-wordnet"));
}

TEST_CASE("each kind of copy keeps the text it should and is dated after its original", "[copy-maker]") {
  const Article original = invented_article();
  const OriginalPage page{&original, "html/harbour.html", "https://harbourgazette.example/ferry"};
  auto synonyms = Synonyms::load(write_wordnet());
  REQUIRE(synonyms);

  SECTION("verbatim in clutter: the whole text, in another site's page") {
    const auto copy = make_copy(CopyKind::Clutter, page, nullptr, 1);
    REQUIRE(copy);
    CHECK(copy->expected == Relation::VerbatimCopy);
    CHECK(copy->content.find("Advertisement") != std::string::npos);
    CHECK(copy->content.find("Related stories") != std::string::npos);
    const Article a = extract_html(copy->content);
    CHECK(a.meta.date == "2024-03-01");
    for (const auto& p : original.paragraphs) CHECK(copy->content.find(p) != std::string::npos);
  }
  SECTION("first half: two of four paragraphs") {
    const auto copy = make_copy(CopyKind::FirstHalf, page, nullptr, 1);
    REQUIRE(copy);
    CHECK(copy->content.find(original.paragraphs[1]) != std::string::npos);
    CHECK(copy->content.find(original.paragraphs[2]) == std::string::npos);
  }
  SECTION("injected lines: a Read more or ad line between each two paragraphs") {
    const auto copy = make_copy(CopyKind::Injected, page, nullptr, 1);
    REQUIRE(copy);
    CHECK(copy->content.find("<strong>Read more:</strong>") != std::string::npos);
    CHECK(copy->content.find("<p>Advertisement</p>") != std::string::npos);
  }
  SECTION("hard-wrapped: plain text, no line over 70 columns, every word kept") {
    const auto copy = make_copy(CopyKind::HardWrapped, page, nullptr, 1);
    REQUIRE(copy);
    CHECK(copy->file_name.ends_with(".txt"));
    std::istringstream lines(copy->content);
    std::string joined;
    for (std::string line; std::getline(lines, line);) {
      CHECK(line.size() <= 70);
      joined += line.empty() ? "\n" : line + " ";
    }
    CHECK(joined.find(original.paragraphs[3]) != std::string::npos);
    CHECK(copy->content.find("Published 2024-03-01") != std::string::npos);
  }
  SECTION("credited: a credit paragraph naming the original's publisher") {
    const auto byline = make_copy(CopyKind::CreditByline, page, nullptr, 1);
    const auto note = make_copy(CopyKind::CreditNote, page, nullptr, 1);
    REQUIRE(byline);
    REQUIRE(note);
    CHECK(byline->expected == Relation::Syndicated);
    CHECK(byline->content.find("<p class=\"credit\">By Mara Quill, Harbour Gazette</p>") != std::string::npos);
    CHECK(note->content.find("<p class=\"credit\">This article originally appeared on Harbour Gazette.</p>") !=
          std::string::npos);
  }
  SECTION("spun: WordNet's synonyms swapped in, names and the rest kept") {
    const auto copy = make_copy(CopyKind::Spun, page, &synonyms.value(), 1);
    REQUIRE(copy);
    CHECK(copy->expected == Relation::SpunCopy);
    CHECK(copy->content.find("vessel") != std::string::npos);
    CHECK(copy->content.find("Edda Brandt") != std::string::npos);
    CHECK_FALSE(make_copy(CopyKind::Spun, page, nullptr, 1));
  }
  SECTION("spun: a spin that swapped almost nothing is no spun copy") {
    // One word WordNet knows in four paragraphs: the 'spun' text is the original by every count.
    Article plain = original;
    for (auto& p : plain.paragraphs) p = "The harbour council met again on Tuesday evening in the town hall.";
    plain.paragraphs[0] += " The boat was late.";
    for (std::uint64_t seed = 1; seed <= 5; ++seed)
      CHECK_FALSE(make_copy(CopyKind::Spun, OriginalPage{&plain, page.name, page.url}, &synonyms.value(), seed));
  }
  SECTION("the same seed gives the same copy; an undated original gives none") {
    CHECK(make_copy(CopyKind::Clutter, page, nullptr, 7)->content == make_copy(CopyKind::Clutter, page, nullptr, 7)->content);
    Article undated = original;
    undated.meta.date.clear();
    CHECK_FALSE(make_copy(CopyKind::Clutter, OriginalPage{&undated, page.name, page.url}, nullptr, 1));
  }
}
