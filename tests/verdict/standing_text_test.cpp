// Standing text (firsthand/verdict/standing_text.h): what a site or an issuer repeats on its pages is no
// passage shared between two pages. A press release's "About NAME" section and the sentences the reading
// history has seen on several pages of one site align nothing, so two releases of one issuer are no copy of
// each other; the counts are bounded and saved with the history, and a history saved without them still loads.
#include <catch2/catch.hpp>

#include <algorithm>

#include "firsthand/extract.h"
#include "firsthand/index/pack.h"
#include "firsthand/verdict.h"
#include "firsthand/verdict/reading_history.h"
#include "firsthand/verdict/standing_text.h"

using namespace firsthand;

namespace {

// The issuer's boilerplate of two invented releases, word for word the same.
const std::vector<std::string> kAboutAcme = {
    "About Quillmere Widgets",
    "Quillmere Widgets builds programmable hinge assemblies for furniture makers, shipbuilders and theatre "
    "stagehands across eleven countries.",
    "The company's patented Swivelcore process lets a single hinge carry loads that once needed three brackets.",
    "Founded in Harrowgate in 1998, Quillmere Widgets employs four hundred engineers in its Kessler Road plant.",
    "Media contact: press desk, Quillmere Widgets, telephone 555 0199."};

Article release(std::string url, std::vector<std::string> body, bool with_about = true) {
  Article a;
  a.meta.canonical_url = std::move(url);
  a.meta.title = body.front();
  a.meta.date = "2024-03-01";
  a.paragraphs = std::move(body);
  if (with_about) a.paragraphs.insert(a.paragraphs.end(), kAboutAcme.begin(), kAboutAcme.end());
  return a;
}

Article hinge_release() {
  return release("https://quillmere.example/news/hinge-line",
                 {"Quillmere Widgets opens a hinge line for lighthouse doors on the northern coast.",
                  "The new line turns out salt-proof hinges that keepers can service without cranes or scaffolds.",
                  "Harbour authorities in Dunmore and Pellow signed the first orders last winter after storm damage.",
                  "Production starts in April, with a second shift planned once the coastal orders are filled."});
}

Article award_release() {
  return release("https://quillmere.example/news/design-award",
                 {"Quillmere Widgets wins the Marlowe design prize for its folding stage platform.",
                  "Judges praised the platform's silent latch, which lets crews reset a set during a blackout.",
                  "The award follows three seasons of trials with touring companies in Brackenfield and Osterley.",
                  "Chief designer Imelda Corrow accepted the prize at the ceremony in the old corn exchange."});
}

bool is_copy_kind(VerdictKind k) {
  return k == VerdictKind::VerbatimCopy || k == VerdictKind::Syndicated || k == VerdictKind::SpunCopy ||
         k == VerdictKind::Rewrite || k == VerdictKind::SameSource;
}

}  // namespace

TEST_CASE("an About NAME section at the end of a release is the issuer's boilerplate", "[verdict][standing]") {
  const TokenizedText alone = tokenize(hinge_release().paragraphs);
  const std::uint32_t at = boilerplate_start(alone);
  REQUIRE(at < alone.sentences.size());
  CHECK(alone.folded.substr(alone.sentences[at].begin, 5) == "about");
  // The heading run into the company paragraph, as a page without a heading break gives it.
  Article inline_heading = hinge_release();
  inline_heading.paragraphs.erase(inline_heading.paragraphs.end() - 5, inline_heading.paragraphs.end());
  inline_heading.paragraphs.push_back("About Quillmere Widgets " + kAboutAcme[1]);
  const TokenizedText run_in = tokenize(inline_heading.paragraphs);
  CHECK(boilerplate_start(run_in) == run_in.sentences.size() - 1);
  // "About" opening an ordinary sentence, or a number, or in the first half, starts nothing.
  const TokenizedText plain = tokenize(std::vector<std::string>{
      "Divers searched the reef for the lost buoy all morning.", "About noon they found it wedged under a ledge.",
      "About 200 people watched from the harbour wall as it was lifted."});
  CHECK(boilerplate_start(plain) == plain.sentences.size());
  CHECK(boilerplate_start(tokenize(std::vector<std::string>{})) == 0);
}

TEST_CASE("two releases of one issuer sharing only its boilerplate are no copy", "[verdict][standing]") {
  Article copy = award_release();  // the award release republished on another site
  copy.meta.canonical_url = "https://gazette.example/business/quillmere-award";
  copy.meta.date = "2024-03-04";
  const Verdict v = judge(copy, {make_known_article("hinge", hinge_release())});
  INFO(verdict_kind_name(v.kind));
  CHECK_FALSE(is_copy_kind(v.kind));
  for (const auto& r : v.related)
    if (r.comparison.alignment) CHECK(r.comparison.alignment->pairs.empty());
  // Its own release is still found a copy: the body carries the evidence.
  const Verdict own = judge(copy, {make_known_article("award", award_release())});
  CHECK(own.kind == VerdictKind::VerbatimCopy);
}

TEST_CASE("sentences seen on two pages of one site are its standing text", "[verdict][standing]") {
  StandingText standing;
  const std::vector<std::uint32_t> first = {1, 2, 3, 4, 5}, second = {10, 11, 12, 4, 5};
  standing.count_page("site.example", first);
  CHECK_FALSE(standing.is_standing("site.example", 4));
  standing.count_page("site.example", first);  // read again: the same text, not a second page
  CHECK_FALSE(standing.is_standing("site.example", 4));
  standing.count_page("other.example", second);  // another site's page
  CHECK_FALSE(standing.is_standing("site.example", 4));
  standing.count_page("site.example", second);
  CHECK(standing.is_standing("site.example", 4));
  CHECK(standing.is_standing("site.example", 5));
  CHECK_FALSE(standing.is_standing("site.example", 10));
  CHECK_FALSE(standing.is_standing("other.example", 4));
  CHECK_FALSE(standing.is_standing("", 4));
  CHECK(standing.standing_sentences("other.example", "site.example", {4, 10}) == std::vector<bool>{true, false});

  const auto back = StandingText::deserialize(standing.serialize());
  REQUIRE(back);
  CHECK(back->serialize() == standing.serialize());
  CHECK(back->is_standing("site.example", 4));
  std::string damaged = standing.serialize();
  damaged[0] = 9;  // an unknown version
  CHECK_FALSE(StandingText::deserialize(damaged));
  CHECK_FALSE(StandingText::deserialize(standing.serialize().substr(0, 12)));
  CHECK_FALSE(StandingText::deserialize(""));
}

TEST_CASE("the standing-text counts stay bounded and keep what repeats", "[verdict][standing]") {
  StandingText standing;
  std::uint32_t next = 100;
  for (int page = 0; page < 3000; ++page) {
    std::vector<std::uint32_t> sentences = {7, 8};  // the site's footer on every page
    for (int s = 0; s < 30; ++s) sentences.push_back(next++);
    standing.count_page("busy.example", sentences);
    REQUIRE(standing.size() <= StandingText::kMaxEntries);
  }
  CHECK(standing.is_standing("busy.example", 7));
  CHECK(standing.is_standing("busy.example", 8));
}

TEST_CASE("the reading history marks a site's standing text and saves it", "[verdict][standing]") {
  // A site's newsletter plea under every story, no About heading: only the counts can tell.
  const std::string plea =
      "Sign up for the Lantern Weekly and get every harbour story in your inbox before the ferry leaves.";
  auto story = [&](std::string url, std::vector<std::string> body) {
    body.resize(std::min<std::size_t>(body.size(), 4));  // the release's own text, without its About section
    Article a = release(std::move(url), std::move(body), false);
    a.paragraphs.push_back(plea);
    return a;
  };
  ReadingHistory history;
  const Article first = story("https://lantern.example/a", hinge_release().paragraphs);
  const Article second = story("https://lantern.example/b", award_release().paragraphs);
  history.remember(first, fingerprint(first));
  history.remember(second, fingerprint(second));

  Article page = story("https://elsewhere.example/c", {"Ferry timetables change on the first of the month.",
                                                        "Crews will run an extra crossing on market days."});
  const auto flagged = [&](const ReadingHistory& h) {
    std::size_t standing = 0, candidates = 0;
    for (const KnownArticle& k : h.candidates(page, fingerprint(page))) {
      if (!k.passages) continue;  // a restored history holds the summaries of the pages read since
      ++candidates;
      REQUIRE(k.standing_sentences.size() == k.passages->sentence_hashes.size());
      standing += static_cast<std::size_t>(std::count(k.standing_sentences.begin(), k.standing_sentences.end(), true));
    }
    return std::pair{candidates, standing};
  };
  const auto [candidates, standing] = flagged(history);
  REQUIRE(candidates > 0);
  CHECK(standing == candidates);  // the plea, once in each

  // Saved and loaded with the history; the summaries (memory only) are refilled by reading the pages again.
  ReadingHistory restored;
  REQUIRE(restored.load_history(history.export_history()));
  CHECK(restored.history.size() == 2);
  restored.remember(first, fingerprint(first));  // read again: counted once already, the count stays
  const auto [again, still] = flagged(restored);
  CHECK(again > 0);
  CHECK(still == again);

  // A history saved before the counts (a pack without the section) still loads, with none.
  ReadingHistory old;
  REQUIRE(old.load_history(save_pack(history.history)));
  CHECK(old.history.size() == 2);
  old.remember(first, fingerprint(first));
  CHECK(flagged(old).second == 0);
  // A damaged history is refused and leaves the loaded one as it was.
  std::string damaged = history.export_history();
  damaged[damaged.size() - 3] ^= 0x55;
  CHECK_FALSE(restored.load_history(damaged));
  CHECK(restored.history.size() == 2);
}

TEST_CASE("a passage another site's pages copied is not their site's standing text", "[verdict][standing]") {
  // An invented report, and a scraper that shows a passage of it on each of its pages.
  const std::vector<std::string> report = {
      "Divers from the Pellow lifeboat station recovered the bell of the steamer Aldous on Saturday.",
      "The ship sank off Carrow Point in a gale in 1911 with a cargo of slate and eleven crew.",
      "Station manager Orla Finch said the bell lay under two metres of sand beside the boiler.",
      "The museum in Harrowgate will clean the bronze and show it from the first week of June.",
      "Relatives of the crew have been invited to the unveiling, the museum's curator said.",
      "A survey of the wreck by the county archaeology unit is planned for the autumn.",
      "The Aldous was built in Brackenfield in 1889 and carried slate to the southern ports for twenty years.",
      "Its captain, Elias Venn, was among the eleven men lost when the ship struck the Carrow reef.",
      "A memorial stone for the crew stands in the churchyard at Pellow, restored by volunteers in 2019.",
      "The lifeboat station plans a second dive in May to look for the ship's nameboard."};
  // The scraper shows the report's first six sentences, under its own lines, on each of its pages.
  const auto passage_end = report.begin() + 6;
  Article original = release("https://pellowgazette.example/news/bell", report, false);
  original.meta.date = "2024-03-01";
  auto scraped = [&](int n, std::vector<std::string> own) {
    std::vector<std::string> body = std::move(own);
    body.insert(body.end(), report.begin(), passage_end);
    Article a = release("https://freshfeeds.example/post/" + std::to_string(n), std::move(body), false);
    a.meta.date = "2024-03-0" + std::to_string(n + 1);
    return a;
  };
  const std::vector<Article> pages = {
      original,
      scraped(1, {"Welcome back to our daily digest of the stories everyone is sharing this morning.",
                  "Grab a coffee and catch up on the wrecks, rescues and odd finds of the coast."}),
      scraped(2, {"Here is the story our readers could not stop talking about over the weekend.",
                  "Tell us in the comments what you would like to see found next on the seabed."})};
  ReadingHistory history;
  for (const Article& page : pages) {
    const Fingerprint fp = fingerprint(page);
    const Verdict v = judge(page, history.candidates(page, fp));
    history.remember(page, fp, &v);
  }
  // The scraper's third page with the same passage is still found a copy of the report.
  const Article third = scraped(3, {"Another find from the deep that you will want to share with friends.",
                                    "Scroll down for the full story and the pictures from the dive."});
  const Verdict v = judge(third, history.candidates(third, fingerprint(third)));
  INFO(verdict_kind_name(v.kind) << ": " << v.summary);
  CHECK(is_copy_kind(v.kind));
  REQUIRE(v.likely_original);
  CHECK(v.likely_original->url == original.meta.canonical_url);
}
