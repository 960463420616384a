// Normalisation: folding of what copies change without changing the text, tokenisation of Latin and CJK,
// numbers and names, sentence splitting around initials and abbreviations.
#include <catch2/catch.hpp>

#include "firsthand/fingerprint/normalize.h"

using namespace firsthand;

TEST_CASE("folding removes typography, case, diacritics and invisible characters", "[normalize]") {
  CHECK(fold_text("“Über” café — NATO’s\u00A0plan\u200B") == "\"uber\" cafe - nato's plan");
  CHECK(fold_text("TÜRKİYE Łódź Straße") == "turkiye lodz strasse");
  CHECK(fold_text("ＡＢＣ１２３") == "abc123");
}

TEST_CASE("copies that differ only in typography tokenise the same", "[normalize]") {
  const auto a = tokenize(std::string_view("Mr. Stoltenberg said “100,000 troops” massed near Ukraine’s border."));
  const auto b = tokenize(std::string_view("MR. STOLTENBERG SAID \"100000 TROOPS\" MASSED NEAR UKRAINE'S BORDER."));
  REQUIRE(a.tokens.size() == b.tokens.size());
  for (std::size_t i = 0; i < a.tokens.size(); ++i) CHECK(a.tokens[i].hash == b.tokens[i].hash);
  CHECK(a.sentences.size() == 1);  // "Mr." does not end the sentence
}

TEST_CASE("tokens know numbers, names, quotes and sentence starts", "[normalize]") {
  const auto t = tokenize(std::string_view("Russia's envoy met Vladimir V. Putin in 2022. \"We talked,\" he said."));
  REQUIRE(t.sentences.size() == 2);
  CHECK(t.token_text(t.tokens[0]) == "russia");  // possessive dropped
  CHECK(t.tokens[0].sentence_start);
  bool saw_year = false, saw_quote = false;
  for (const auto& tok : t.tokens) {
    saw_year |= tok.kind == TokenKind::Number && t.token_text(tok) == "2022";
    saw_quote |= tok.in_quote && t.token_text(tok) == "talked";
  }
  CHECK(saw_year);
  CHECK(saw_quote);
}

TEST_CASE("CJK without spaces gives character bigrams and splits at full stops", "[normalize]") {
  const auto t = tokenize(std::string_view("地铁开通。乘客很多！"));
  REQUIRE(t.sentences.size() == 2);
  CHECK(t.sentences[0].token_count == 3);  // 地铁 铁开 开通
  CHECK(t.tokens[0].kind == TokenKind::Cjk);
  CHECK(t.token_text(t.tokens[0]) == "地铁");
}

TEST_CASE("invalid UTF-8 and control bytes never break tokenisation", "[normalize]") {
  const std::string junk("\xff\xfe abc \xc3 def \xe2\x80 \0 ghi", 22);
  const auto t = tokenize(std::string_view(junk));
  CHECK(t.tokens.size() == 3);
}
