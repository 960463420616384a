// What the text level reads off the two texts beyond the sketches, on an invented story: a synonym spinner's copy
// told from a paraphrase by the volume of its word-for-word swaps (two or three content words a sentence swapped
// for WordNet-style synonyms, about seven in ten the longer word, as a spinner's picks on copies of real pages are
// the rarer word in 52-88% of swaps), a light spinner's copy that keeps most sentences unchanged and swaps single
// words in place in the rest, told from a verbatim copy with a typo fixed, and a first half whose every sentence
// the alignment pairs as identical.
#include <catch2/catch.hpp>

#include "firsthand/compare.h"
#include "firsthand/extract.h"
#include "firsthand/page/text_producer.h"
#include "firsthand/verdict.h"
#include "firsthand/verdict/passage_summary.h"

#include <string>
#include <utility>
#include <vector>

using namespace firsthand;

namespace {

constexpr std::string_view kOriginal =
    "Ferries return to Holm after the storm\n\n"
    "The ferry Nordlys crossed the Vestby fjord on Thursday morning, three days after the storm closed the route to Holm and Sandøy.\n\n"
    "Harbour master Kari Nord said the crossing took 40 minutes, ten more than usual, because of debris near the Vestby pier.\n\n"
    "Operator Fjordline expects a full timetable by Saturday if the wind stays below 20 metres a second.\n\n"
    "About 1,200 residents of Holm had relied on one fishing boat, the Maren, for medicine and post since Monday.\n\n"
    "Fjordline spokesman Ola Sand said 14 crews worked through the night to repair a ramp at the Sandøy terminal.\n\n"
    "More than 300 passengers waited at Vestby before the 7.15 departure, and many carried food for relatives on Holm.\n\n"
    "Mayor Ingrid Dahl said the council would review its emergency plan on 12 March after 85 complaints.\n\n"
    "The Norwegian weather service warned that a second storm could reach the coast on 9 March with waves of six metres.\n\n"
    "Schools on Holm and Sandøy will open again on Monday, the county education office said.\n\n"
    "Fjordline said 2,400 tickets for cancelled sailings would be refunded or moved to a later date.\n\n"
    "The Holm health centre said two patients had been taken to Vestby hospital by helicopter on Tuesday.\n\n"
    "Kari Nord said the harbour would keep a second tug on standby until the end of March.\n\n"
    "The county paid 1.3 million kroner for the emergency boat service, Ingrid Dahl said.\n\n"
    "Fishermen on Sandøy said they had lost a week of catches, worth about 400,000 kroner.\n\n"
    "The Maren made 31 trips between Holm and Vestby during the closure, its skipper Per Lunde said.\n\n"
    "Fjordline will add an extra evening sailing to Sandøy on Friday and Sunday.\n\n";

constexpr std::string_view kSpun =
    "Ferries return to Holm after the storm\n\n"
    "The ferry Nordlys traversed the Vestby fjord on Thursday dawn, three days after the storm shut the route to Holm and Sandøy.\n\n"
    "Harbour master Kari Nord stated the crossing took 40 minutes, ten more than customary, because of wreckage near the Vestby pier.\n\n"
    "Operator Fjordline awaits a complete timetable by Saturday if the wind stays below 20 metres a second.\n\n"
    "About 1,200 inhabitants of Holm had depended on one fishing boat, the Maren, for medication and post since Monday.\n\n"
    "Fjordline spokesman Ola Sand stated 14 crews toiled through the night to mend a ramp at the Sandøy terminal.\n\n"
    "More than 300 travellers lingered at Vestby before the 7.15 departure, and many bore food for relatives on Holm.\n\n"
    "Mayor Ingrid Dahl stated the council would examine its emergency plan on 12 March after 85 gripes.\n\n"
    "The Norwegian weather service cautioned that a second storm could hit the shore on 9 March with waves of six metres.\n\n"
    "Schools on Holm and Sandøy will open again on Monday, the county education office said.\n\n"
    "Fjordline stated 2,400 tickets for abandoned sailings would be reimbursed or moved to a later date.\n\n"
    "The Holm health centre stated two patients had been transported to Vestby hospital by helicopter on Tuesday.\n\n"
    "Kari Nord stated the harbour would maintain a second tug on standby until the end of March.\n\n"
    "The county spent 1.3 million kroner for the emergency boat service, Ingrid Dahl stated.\n\n"
    "Fishermen on Sandøy stated they had forfeited a week of catches, worth about 400,000 kroner.\n\n"
    "The Maren completed 31 journeys between Holm and Vestby during the closure, its skipper Per Lunde stated.\n\n"
    "Fjordline will add an extra evening sailing to Sandøy on Friday and Sunday.\n\n";

// The text with each (from, to) replaced once, at its first place.
std::string edited(std::string_view text, const std::vector<std::pair<std::string_view, std::string_view>>& edits) {
  std::string out(text);
  for (const auto& [from, to] : edits) {
    const auto at = out.find(from);
    REQUIRE(at != std::string::npos);
    out.replace(at, from.size(), to);
  }
  return out;
}

// Six single words swapped in place over four of the seventeen sentences: the rest unchanged.
const std::vector<std::pair<std::string_view, std::string_view>> kLightSpin = {
    {"said the crossing", "stated the crossing"}, {"because of debris", "because of wreckage"},
    {"1,200 residents", "1,200 inhabitants"},     {"passengers waited", "passengers lingered"},
    {"service warned", "service cautioned"},      {"reach the coast", "reach the shore"}};

}  // namespace

TEST_CASE("changed sentences are aligned word by word: single words swapped in place, and nothing else",
          "[compare][spin-in-place]") {
  const auto pair_of = [](std::string_view a, std::string_view b) {
    return align_sentences(tokenize(std::vector<std::string>{std::string(a)}),
                           tokenize(std::vector<std::string>{std::string(b)}));
  };
  const Alignment swapped = pair_of("The harbour master stated the crossing took forty minutes because of wreckage.",
                                    "The harbour master said the crossing took forty minutes because of debris.");
  CHECK(swapped.changed_pairs == 1);
  CHECK(swapped.swapped_pairs == 1);
  REQUIRE(swapped.in_place_swaps.size() == 2);
  CHECK(swapped.in_place_swaps[0].in_b == "said");
  CHECK(swapped.in_place_swaps[0].in_a == "stated");
  CHECK(swapped.in_place_swaps[1].in_b == "debris");
  CHECK(swapped.in_place_swaps[1].in_a == "wreckage");
  // A spinner that puts a synonym's base form in leaves the sentence's other words inflected anew: the
  // inflection neither counts as a swap nor makes the sentence reworded.
  const Alignment inflected = pair_of("The harbour master stated the crews worked the ramp because of wreckage.",
                                      "The harbour master said the crews working the ramp because of debris.");
  CHECK(inflected.swapped_pairs == 1);
  REQUIRE(inflected.in_place_swaps.size() == 2);
  CHECK(inflected.in_place_swaps[1].in_a == "wreckage");
  // Not a spinner's swap: an inflection, a typo fixed, a name or a number changed, a function word changed, a
  // word added.
  for (const auto& [a, b] : std::vector<std::pair<std::string_view, std::string_view>>{
           {"The harbour master says the crossing took forty minutes.", "The harbour master said the crossing took forty minutes."},
           {"The harbour master said the crossing took forty minutes.", "The harbour master said the crosing took forty minutes."},
           {"The harbour master Kari Nord said the crossing took forty minutes.", "The harbour master Ola Sand said the crossing took forty minutes."},
           {"The harbour master said the crossing took 40 minutes.", "The harbour master said the crossing took 45 minutes."},
           {"The harbour master said the crossing took forty minutes.", "A harbour master said the crossing took forty minutes."},
           {"The harbour master said the crossing took forty long minutes.", "The harbour master said the crossing took forty minutes."}}) {
    INFO(a);
    const Alignment other = pair_of(a, b);
    CHECK(other.changed_pairs == 1);
    CHECK(other.swapped_pairs == 0);
    CHECK(other.in_place_swaps.empty());
  }
}

TEST_CASE("a light spinner's copy, most sentences unchanged and single words swapped in the rest, is spun",
          "[compare][spin-in-place]") {
  const Article original = extract(page_from_text(kOriginal));
  const Article spun = extract(page_from_text(edited(kOriginal, kLightSpin)));
  const Comparison c = compare(spun, original);
  INFO(c.reasons.front());
  CHECK(c.scores.identical_a_in_b >= 0.7);  // what made it read as a verbatim copy
  CHECK(c.scores.swapped_pairs == 4);
  CHECK(c.scores.in_place_swaps == 6);
  CHECK(c.relation == Relation::SpunCopy);
  // The swaps are shown, the source's word first, for a reader to check.
  bool shown = false;
  for (const auto& r : c.reasons) shown = shown || r.find("said -> stated") != std::string::npos;
  CHECK(shown);
}

TEST_CASE("the JSON of a comparison carries the swap counts that called a pair spun", "[compare][spin-in-place][json]") {
  const Article original = extract(page_from_text(kOriginal));
  const Comparison c = compare(extract(page_from_text(edited(kOriginal, kLightSpin))), original);
  const nlohmann::json j = to_json(c);
  const nlohmann::json& scores = j.at("scores");
  CHECK(scores.at("changed_pairs") == c.scores.changed_pairs);
  CHECK(scores.at("swapped_pairs") == 4);
  CHECK(scores.at("in_place_swaps") == 6);
  CHECK(scores.at("rarer_swaps_a") == c.scores.rarer_swaps_a);
  // Read from both texts: a light spinner's copy retells nearly every sentence of its source, in order.
  REQUIRE(scores.at("retold_in_order").is_object());
  CHECK(scores.at("retold_in_order").at("a_in_b").get<double>() >= 0.8);
  CHECK(scores.at("retold_in_order").at("b_in_a").get<double>() >= 0.8);
  // The alignment lists the swaps themselves, each as the two texts write it.
  const nlohmann::json& swaps = j.at("alignment").at("in_place_swaps");
  REQUIRE(swaps.size() == 6);
  CHECK(swaps[0].at("in_b") == "said");
  CHECK(swaps[0].at("in_a") == "stated");
  CHECK(j.at("alignment").at("swapped_pairs") == 4);
  CHECK(j.at("alignment").at("changed_pairs") == c.scores.changed_pairs);
}

// A short story (six sentences) spun as a synonym spinner spins: every sentence has two or three words swapped
// for synonyms, and in most the spinner's base form changes another word's inflection. Too few swaps for a
// spinner's volume (20), so only the sentences swapped in place tell it from a paraphrase.
constexpr std::string_view kShortOriginal =
    "Ferries return to Holm after the storm\n\n"
    "The ferry Nordlys crossed the Vestby fjord on Thursday morning, three days after the storm closed the route to Holm.\n\n"
    "Harbour master Kari Nord said the crossing took 40 minutes, ten more than usual, because of debris near the Vestby pier.\n\n"
    "About 1,200 residents of Holm had relied on one fishing boat, the Maren, for medicine and post since Monday.\n\n"
    "Fjordline spokesman Ola Sand said 14 crews worked through the night, repairing a ramp at the Sandøy terminal.\n\n"
    "More than 300 passengers waited at Vestby before the 7.15 departure, carrying food for relatives on Holm.\n\n"
    "Mayor Ingrid Dahl said the council would review its emergency plans on 12 March after 85 complaints.\n\n";
constexpr std::string_view kShortSpun =
    "Ferries return to Holm after the storm\n\n"
    "The ferry Nordlys traversed the Vestby fjord on Thursday dawn, three days after the storm shut the route to Holm.\n\n"
    "Harbour master Kari Nord stated the crossing took 40 minutes, ten more than customary, because of wreckage near the Vestby pier.\n\n"
    "About 1,200 inhabitants of Holm had depend on one fishing boat, the Maren, for medication and post since Monday.\n\n"
    "Fjordline spokesman Ola Sand stated 14 crews toiled through the night, repair a ramp at the Sandøy terminal.\n\n"
    "More than 300 travellers lingered at Vestby before the 7.15 departure, carry food for relatives on Holm.\n\n"
    "Mayor Ingrid Dahl stated the council would examine its emergency plan on 12 March after 85 gripes.\n\n";

TEST_CASE("a short story spun word for word, inflections changed beside the synonyms, is spun, not a paraphrase",
          "[compare][spin-in-place]") {
  const Comparison c = compare(extract(page_from_text(kShortSpun)), extract(page_from_text(kShortOriginal)));
  INFO(c.reasons.front());
  CHECK(c.scores.rarer_swaps_a + c.scores.rarer_swaps_b < 20);  // under a spinner's volume
  CHECK(c.scores.swapped_pairs >= 5);
  CHECK(c.relation == Relation::SpunCopy);
  CHECK(c.source == Source::B);
}

TEST_CASE("a verbatim copy with a typo fixed, a number updated and a word swapped stays a verbatim copy",
          "[compare][spin-in-place]") {
  // The source had a typo the copy fixed; the copy updated a count and swapped one word in one sentence.
  const Article original = extract(page_from_text(edited(kOriginal, {{"the crossing took", "the crosing took"}})));
  const Article copy = extract(page_from_text(edited(kOriginal, {{"About 1,200", "About 1,300"}, {"reach the coast", "reach the shore"}})));
  const Comparison c = compare(copy, original);
  CHECK(c.scores.swapped_pairs <= 1);
  CHECK(c.relation == Relation::VerbatimCopy);
}

TEST_CASE("many word swaps, most of them to the longer word, make a spun copy, not a rewrite", "[compare][spin-swaps]") {
  const Article original = extract(page_from_text(kOriginal));
  const Article spun = extract(page_from_text(kSpun));
  const Comparison c = compare(spun, original);
  const std::uint32_t votes = c.scores.rarer_swaps_a + c.scores.rarer_swaps_b;
  INFO("swaps to the longer word: " << c.scores.rarer_swaps_a << " of " << votes);
  CHECK(votes >= 20);
  CHECK(c.scores.rarer_swaps_a < 0.8 * votes);  // under the majority that used to be asked
  CHECK(c.relation == Relation::SpunCopy);
  CHECK(c.source == Source::B);
}

TEST_CASE("a first half is identical sentence for sentence, as the alignment shows, whatever the sketches estimate",
          "[compare][identical-share]") {
  const Article original = extract(page_from_text(kOriginal));
  Article half = original;
  half.paragraphs.resize(original.paragraphs.size() / 2);
  const Comparison c = compare(half, original);
  CHECK(c.scores.identical_a_in_b == 1.0);
  CHECK(c.scores.identical_b_in_a >= 0.4);
  CHECK(c.relation == Relation::VerbatimCopy);
  CHECK(c.source == Source::B);
}

TEST_CASE("a page's verdict shows a light spin against a known text, and against its passages without their words",
          "[verdict][spin-in-place]") {
  Article original = extract(page_from_text(kOriginal));
  original.meta.canonical_url = "https://fjordline-news.example/ferries";
  original.meta.date = "2024-03-07";
  Article spun = extract(page_from_text(edited(kOriginal, kLightSpin)));
  spun.meta.canonical_url = "https://copy.example/ferries";
  spun.meta.date = "2024-03-08";
  const Verdict with_text = judge(spun, {make_known_article("original", original)});
  CHECK(with_text.kind == VerdictKind::SpunCopy);
  bool shown = false;
  for (const auto& r : with_text.reasons) shown = shown || r.find("said -> stated") != std::string::npos;
  CHECK(shown);
  // The passages keep the content words' shapes, enough to tell the swaps, but not their letters: the reasons
  // quote the page's word only, never invent the known side's ("debris"); a function word ("said") is kept.
  const TokenizedText text = tokenize(original.paragraphs);
  const Verdict with_passages =
      judge(spun, {KnownArticle{"original", original.meta, fingerprint(text), std::nullopt, summarize_passages(text)}});
  CHECK(with_passages.kind == VerdictKind::SpunCopy);
  bool page_word_shown = false;
  for (const auto& r : with_passages.reasons) {
    INFO(r);
    CHECK(r.find("debris") == std::string::npos);
    page_word_shown = page_word_shown || r.find("(a different word) -> wreckage") != std::string::npos;
  }
  CHECK(page_word_shown);
}
