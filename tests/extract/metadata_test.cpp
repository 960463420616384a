// Metadata extraction, unit by unit: date forms, syndication credits and signatures, each HTML source
// (JSON-LD with @graph and references, meta tags, <time>, visible "Published" lines, canonical, site name,
// language), and hostile input (markup in a title stays plain text, malformed JSON-LD is ignored).
#include <catch2/catch.hpp>

#include "html_producer.h"
#include "extract/date_parse.h"
#include "extract/metadata_sources.h"
#include "firsthand/extract.h"

using namespace firsthand;

namespace {

Metadata html_metadata(std::string_view html, std::string url = {}) {
  auto page = page_from_html(html);
  REQUIRE(page.ok());
  page.value().url = std::move(url);
  return extract_metadata(page.value());
}

}  // namespace

TEST_CASE("dates in machine and visible forms become ISO dates", "[metadata][date]") {
  const std::pair<const char*, const char*> forms[] = {
      {"2022-01-12", "2022-01-12"},
      {"2022-01-12T18:38:00+03:00", "2022-01-12"},
      {"20220112", "2022-01-12"},
      {"Published January 12, 2022", "2022-01-12"},
      {"Jan 12, 2022 6:38 pm", "2022-01-12"},
      {"BRUSSELS Jan. 12, 2022 - 6:38 pm GMT+3", "2022-01-12"},
      {"12 January 2022", "2022-01-12"},
      {"Wednesday, 12th Jan 2022", "2022-01-12"},
      {"Stand: 12.01.2022, 18:38 Uhr", "2022-01-12"},
      {"2022/01/12", "2022-01-12"},
      {"February 29, 2024", "2024-02-29"},
      {"Publié le 7 février 2022", "2022-02-07"},
      {"7 de febrero de 2022", "2022-02-07"},
      {"7. Februar 2022", "2022-02-07"},
  };
  for (const auto& [text, iso] : forms) {
    INFO(text);
    CHECK(parse_machine_date(text).value_or("none") == iso);
  }
  for (const char* impossible : {"February 30, 2022", "2022-13-01", "31.04.2022", "February 29, 2023", "no date"}) {
    INFO(impossible);
    CHECK_FALSE(parse_machine_date(impossible).has_value());
  }
}

TEST_CASE("the earliest date in a line wins, and labels say which date it is", "[metadata][date]") {
  CHECK(find_date_in_text("Updated March 3, 2022, first published 12 January 2022") == "2022-03-03");
  CHECK(date_label("Published: January 12, 2022; 21:53") == DateLabel::Published);
  CHECK(date_label("Posted on 12 January 2022, updated 13 January") == DateLabel::Published);
  CHECK(date_label("Last modified 13.01.2022") == DateLabel::Updated);
  CHECK(date_label("January 12, 2022") == DateLabel::None);
  CHECK(date_label("Publié le 7 février 2022") == DateLabel::Published);
  CHECK(find_updated_date("Published: October 10, 2023; 09:15 ♦ Updated: October 11, 2023") == "2023-10-11");
  CHECK(find_updated_date("Publié le 7 février 2022 · Mis à jour le 8 février 2022") == "2022-02-08");
  CHECK_FALSE(find_updated_date("Published: October 10, 2023").has_value());
  CHECK(find_date_in_url("https://news.example/2022/01/12/talks-end") == "2022-01-12");
  CHECK(find_date_in_url("https://news.example/world/2022-01-12-talks") == "2022-01-12");
  CHECK_FALSE(find_date_in_url("https://news.example/story/20220112").has_value());
}

TEST_CASE("syndication credits in each written form", "[metadata][credit]") {
  struct Case {
    const char* text;
    const char* source;
    const char* evidence;
  };
  const Case cases[] = {
      {"by Reuters", "Reuters", "by Reuters"},
      {"By Reuters Jan 12, 2022 6:38 pm", "Reuters", "By Reuters"},
      {"By Maria Lopez, Reuters", "Reuters", "By Maria Lopez, Reuters"},
      {"LISBON (AP) — Fishermen blocked the harbour on Tuesday.", "AP", "(AP) —"},
      {"OSLO (Reuters) - The ferry resumed service.", "Reuters", "(Reuters) -"},
      {"The ferry resumed service on Tuesday. — Reuters", "Reuters", "— Reuters"},
      {"The valley flooded again (with AFP)", "AFP", "(with AFP)"},
      {"This story was originally published on The Harbour Ledger. Republished with permission.",
       "The Harbour Ledger", "originally published on The Harbour Ledger"},
      {"Originally published by The Associated Press on March 2, 2022.", "AP",
       "Originally published by The Associated Press"},
      {"It first appeared on harbourledger.example.", "harbourledger.example",
       "first appeared on harbourledger.example"},
      {"Source: AFP", "AFP", "Source: AFP"},
      {"By Jane Roe, Northbank Post", "Northbank Post", "By Jane Roe,"},
      {"By Jane Roe, northbank-post.example", "northbank-post.example", "By Jane Roe,"},
      // A credit line of its own ends with the publisher: a site's whole title, lower-case words and all, a
      // domain in any case, a name that starts with a number, a name whose tagline follows a separator.
      {"By Kari Nord, Mein schöner Garten", "Mein schöner Garten", "By Kari Nord,"},
      {"By Staff Reporter, 24ora.example", "24ora.example", "By Staff Reporter,"},
      {"By Staff Reporter, jan-grosser.example", "jan-grosser.example", "By Staff Reporter,"},
      {"By admin, BMEL", "BMEL", "By admin,"},
      // A name with digits, inner lower-case words ("in", "at"), a leading "The" (whatever words follow), a
      // site's address (its host is the name), a site's handle in lower case after a one-word name.
      {"By Staff Reporter, fjord4news", "fjord4news", "By Staff Reporter,"},
      {"By Staff Reporter, Harbour Watch in Nordland", "Harbour Watch in Nordland", "By Staff Reporter,"},
      {"By Kari Nord, Gone Fishing At Dawn", "Gone Fishing At Dawn", "By Kari Nord,"},
      {"By Kari Nord, The Harbour Reporter", "The Harbour Reporter", "By Kari Nord,"},
      {"By Staff Reporter, http://www.harbourblog.example", "harbourblog.example", "By Staff Reporter,"},
      {"By Staff Reporter, https://harbourblog.example/", "harbourblog.example", "By Staff Reporter,"},
      {"By ola, fjordnotes", "fjordnotes", "By ola,"},
      {"By Kari Nord, ELLE", "ELLE", "By Kari Nord,"},  // a name in capitals that spells a function word
      {"By Kari Nord, Frollein Herr | Fashion, Beauty und Interior", "Frollein Herr", "By Kari Nord,"},
      {"This article originally appeared on Harbour.co.example.", "Harbour.co.example",
       "This article originally appeared on Harbour.co.example."},
      {"This article originally appeared on Backen macht glücklich.", "Backen macht glücklich",
       "This article originally appeared on Backen macht glücklich."},
      {"This article originally appeared on Angelboard – Forum mit den besten Tipps zum Angeln.", "Angelboard",
       "This article originally appeared on Angelboard"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    const auto credit = meta::find_credit(c.text);
    REQUIRE(credit.has_value());
    CHECK(credit->source == c.source);
    CHECK(credit->evidence == c.evidence);
  }
  for (const char* no_credit : {"According to the news agency Tass, talks will resume.", "by Reutersville Gazette",
                                "Apples were sold by AP Farms yesterday at the market.", "Photo by Jane Roe",
                                "By Jane Roe, Staff Writer", "By Roe, Jane", "By Jane Roe, John Doe and Kari Nord",
                                "By the time the ferry left, it was dark", "By then, that",
                                "By Jane Roe, Correspondent in Paris", "By Jane Roe, in Oslo",
                                "By Jane Roe, contributing",
                                "It first appeared on the forum before it was revised and cut."}) {
    INFO(no_credit);
    CHECK_FALSE(meta::find_credit(no_credit).has_value());
  }
}

TEST_CASE("a credit paragraph styled as a credit box is read, and its reporter is the byline", "[metadata][credit]") {
  const std::string story =
      "<p>The first ferry crossed the fjord on Thursday morning, three days after the storm closed the route.</p>"
      "<p>Harbour officials said the crossing took forty minutes, ten more than usual, because of debris.</p>"
      "<p>The operator expects a full timetable by the weekend if the wind stays below gale force.</p>";
  for (const auto& [credit_line, source] :
       {std::pair{"By Kari Nord, Northbank Post", "Northbank Post"},
        std::pair{"This article originally appeared on Northbank Post.", "Northbank Post"}}) {
    INFO(credit_line);
    auto page = page_from_html("<html><body><article><h1>Ferries return</h1><p class=\"credit\">" +
                               std::string(credit_line) + "</p>" + story + "</article></body></html>");
    REQUIRE(page.ok());
    page.value().url = "https://cityline-herald.example/ferries";
    const Article article = extract(page.value());
    CHECK(article.meta.credit == source);
    CHECK(article.meta.byline != "Kari Nord, Northbank Post");
  }
  // A photo credit in the same box stays out of the body.
  auto photo = page_from_html("<html><body><article><h1>Ferries return</h1><p class=\"credit\">Photo: Ola Sand</p>" +
                              story + "</article></body></html>");
  REQUIRE(photo.ok());
  const Article article = extract(photo.value());
  CHECK(article.meta.credit.empty());
  for (const auto& p : article.paragraphs) CHECK(p.find("Ola Sand") == std::string::npos);
}

TEST_CASE("a credit line naming another site is a credit, one naming the page's own site, host or author is not",
          "[metadata][credit][self-credit]") {
  const std::string story =
      "<p>The first ferry crossed the fjord on Thursday morning, three days after the storm closed the route.</p>"
      "<p>Harbour officials said the crossing took forty minutes, ten more than usual, because of debris.</p>"
      "<p>The operator expects a full timetable by the weekend if the wind stays below gale force.</p>";
  struct Case {
    const char* credit_line;
    const char* credit;    // read on another site's page
    const char* own_page;  // the credited site's own page, where the line is its own signature
  };
  const Case cases[] = {
      {"By Staff Reporter, fjord4news", "fjord4news", "https://fjord4news.example/ferries"},
      {"By Staff Reporter, Harbour Watch in Nordland", "Harbour Watch in Nordland", "https://harbourwatchinnordland.example/a"},
      {"By Kari Nord, Gone Fishing At Dawn", "Gone Fishing At Dawn", "https://gonefishingatdawn.example/a"},
      {"By Kari Nord, The Harbour Reporter", "The Harbour Reporter", "https://theharbourreporter.example/a"},
      {"By Staff Reporter, http://www.harbourblog.example", "harbourblog.example", "https://harbourblog.de/a"},
      {"By ola, fjordnotes", "fjordnotes", "https://fjordnotes.blog.example/2024/ferries"},
  };
  for (const Case& c : cases) {
    INFO(c.credit_line);
    for (const bool own : {false, true}) {
      auto page = page_from_html("<html><body><article><h1>Ferries return</h1><p class=\"credit\">" +
                                 std::string(c.credit_line) + "</p>" + story + "</article></body></html>");
      REQUIRE(page.ok());
      page.value().url = own ? c.own_page : "https://cityline-herald.example/ferries";
      const Article article = extract(page.value());
      INFO(page.value().url);
      CHECK(article.meta.credit == (own ? "" : c.credit));
    }
  }
}

TEST_CASE("a closing signature is a byline that outranks a house byline, never a credit", "[metadata][credit]") {
  const std::vector<std::string> body = {"The council met for four hours on Wednesday and agreed on nothing.",
                                         "— Jane Doe and John Roe"};
  Metadata house;
  house.byline = "Editorial Board";
  find_credits_in_body(body, house);
  CHECK(house.byline == "Jane Doe and John Roe");
  CHECK(house.credit.empty());

  Metadata named;
  named.byline = "Ann Other";
  find_credits_in_body(body, named);
  CHECK(named.byline == "Ann Other");  // a real byline stays

  Metadata wire;
  find_credits_in_body({"The council met for four hours on Wednesday.", "— Reuters"}, wire);
  CHECK(wire.credit == "Reuters");
  CHECK(wire.byline.empty());

  Metadata dateline;
  find_credits_in_body({"LISBON (AP) — Fishermen blocked the harbour on Tuesday.", "They left at noon."}, dateline);
  CHECK(dateline.credit == "AP");
  CHECK(dateline.credit_evidence == "(AP) —");
}

TEST_CASE("JSON-LD: @graph, @id references, author arrays and article types", "[metadata][json-ld]") {
  const auto ld = meta::read_json_ld(R"({"@context":"https://schema.org","@graph":[
      {"@type":"Organization","@id":"#org","name":"Harbour Ledger"},
      {"@type":"WebPage","@id":"https://ledger.example/a","name":"Page name"},
      {"@type":["ReportageNewsArticle"],"headline":"Ferries return to the fjord",
       "author":[{"@type":"Person","name":"Kari Nord"},{"@type":"Person","name":"Ola Sand"},"Per Vik"],
       "datePublished":"2023-05-04T08:00:00Z","dateModified":"2023-05-05",
       "mainEntityOfPage":{"@id":"https://ledger.example/a"},"publisher":{"@id":"#org"},"inLanguage":"nb-NO"}]})");
  CHECK(ld.headline == "Ferries return to the fjord");
  CHECK(ld.author == "Kari Nord, Ola Sand and Per Vik");
  CHECK(ld.date_published == "2023-05-04T08:00:00Z");
  CHECK(ld.date_modified == "2023-05-05");
  CHECK(ld.url == "https://ledger.example/a");
  CHECK(ld.publisher == "Harbour Ledger");
  CHECK(ld.language == "nb-NO");

  const auto in_array = meta::read_json_ld(R"([{"@type":"BreadcrumbList"},{"@type":"BlogPosting","name":"Notes"}])");
  CHECK(in_array.headline == "Notes");
}

TEST_CASE("malformed or hostile JSON-LD is ignored, and other sources fill in", "[metadata][json-ld][hostile]") {
  CHECK(meta::read_json_ld(R"({"@type":"NewsArticle","headline":"cut off)").headline.empty());
  CHECK(meta::read_json_ld(std::string(100000, '[') + std::string(100000, ']')).headline.empty());
  CHECK(meta::read_json_ld(R"({"@type":"NewsArticle","headline":42})").headline.empty());
  const auto meta = html_metadata(R"(<html><head>
      <script type="application/ld+json">{"@type":"NewsArticle","headline": oops}</script>
      <meta property="og:title" content="Ferries return to the fjord">
      <meta property="article:published_time" content="2023-05-04T08:00:00+02:00">
      </head><body><h1>Ferries return</h1></body></html>)");
  CHECK(meta.title == "Ferries return to the fjord");
  CHECK(meta.date == "2023-05-04");
  CHECK(meta.date_source == "meta");
}

TEST_CASE("a title carrying markup and script stays plain text", "[metadata][hostile]") {
  const auto meta = html_metadata(
      "<html><head><title>&lt;img src=x onerror=alert(1)&gt; Storm  \n warning &amp; <b>floods</b></title>"
      "</head><body><p>Text.</p></body></html>");
  CHECK(meta.title == "<img src=x onerror=alert(1)> Storm warning & <b>floods</b>");
  const auto h1 = html_metadata("<html><body><h1>Storm <script>alert(1)</script><em>warning</em></h1></body></html>");
  CHECK(h1.title == "Storm warning");
  const auto huge = html_metadata("<html><head><meta property='og:title' content='" + std::string(5000, 'x') +
                                  "'></head></html>");
  CHECK(huge.title.size() <= 2048);
}

TEST_CASE("HTML sources in order of trust", "[metadata][html]") {
  SECTION("JSON-LD date beats meta, <time> and the URL") {
    const auto meta = html_metadata(R"(<html><head>
        <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-03-01"}</script>
        <meta name="date" content="2021-03-02"></head>
        <body><h1>T</h1><time datetime="2021-03-03">3 March</time></body></html>)",
                                    "https://x.example/2021/03/04/t");
    CHECK(meta.date == "2021-03-01");
    CHECK(meta.date_source == "json-ld");
  }
  SECTION("<time> after the headline, not the sidebar's before it; itemprop marks the publication date") {
    const auto first_after_h1 = html_metadata(R"(<html><body>
        <aside><time datetime="2025-07-14">July 14, 2025</time></aside>
        <h1>Storm warning</h1><time datetime="2022-01-12T10:00">Jan 12</time>
        <aside><time datetime="2025-07-14">July 14, 2025</time></aside></body></html>)");
    CHECK(first_after_h1.date == "2022-01-12");
    CHECK(first_after_h1.date_source == "time");
    const auto marked = html_metadata(R"(<html><body><h1>T</h1>
        <time datetime="2022-02-02" itemprop="dateModified">x</time>
        <time datetime="2022-01-12" itemprop="datePublished">y</time></body></html>)");
    CHECK(marked.date == "2022-01-12");
    CHECK(marked.modified_date == "2022-02-02");
  }
  SECTION("visible Published text, then the URL path") {
    const auto visible = html_metadata(
        "<html><body><h1>T</h1><p class=meta>Published <span>12 January 2022</span></p></body></html>");
    CHECK(visible.date == "2022-01-12");
    CHECK(visible.date_source == "text");
    const auto url = html_metadata("<html><body><h1>T</h1></body></html>", "https://x.example/2022/01/12/t");
    CHECK(url.date == "2022-01-12");
    CHECK(url.date_source == "url");
  }
  SECTION("canonical, og:url, site name, title suffix, byline, language") {
    const auto meta = html_metadata(R"(<html lang="pt-BR"><head>
        <title>Chuva forte em Recife | Jornal do Porto</title>
        <link rel="canonical" href="/noticias/chuva">
        <meta property="og:url" content="https://other.example/x">
        <meta property="og:site_name" content="Jornal do Porto">
        <meta name="author" content="Ana Lima"></head><body></body></html>)",
                                    "https://jornal.example/amp/chuva");
    CHECK(meta.title == "Chuva forte em Recife");
    CHECK(meta.canonical_url == "https://jornal.example/noticias/chuva");
    CHECK(meta.site_name == "Jornal do Porto");
    CHECK(meta.byline == "Ana Lima");
    CHECK(meta.language == "pt-BR");
  }
  SECTION("an agency named as author is a credit, not a byline") {
    const auto meta = html_metadata(R"(<html><head><meta name="author" content="Reuters"></head></html>)");
    CHECK(meta.credit == "Reuters");
    CHECK(meta.byline.empty());
  }
  SECTION("a visible byline under the headline that names a publisher is a credit") {
    const auto meta = html_metadata(R"(<html><body>
        <div class="teaser">By Olav Brekke</div>
        <h1>Ferries return</h1><div class="article-meta">by Northwire · March 4, 2025</div>
        <p>The first ferry crossed the fjord on Thursday morning.</p></body></html>)");
    CHECK(meta.credit == "Northwire");
    CHECK(meta.credit_evidence == "by Northwire");
    CHECK(meta.byline.empty());
    CHECK(meta::organisation_name("The Conversation") == "The Conversation");
    CHECK_FALSE(meta::organisation_name("Olav Brekke").has_value());
    CHECK_FALSE(meta::organisation_name("Staff").has_value());
  }
  SECTION("og:locale, and a language guess when nothing is declared") {
    CHECK(html_metadata(R"(<html><head><meta property="og:locale" content="fr_FR"></head></html>)").language ==
          "fr-FR");
    CHECK(html_metadata("<html><body><p>Die Regierung hat am Mittwoch mitgeteilt, dass die Brücke über den Fluss "
                        "nach der Prüfung wieder für den Verkehr geöffnet wird und die Arbeiten sind beendet.</p>"
                        "</body></html>")
              .language == "de");
    CHECK(html_metadata("<html><body><p>東京都は水曜日、新しい橋の工事が終わったと発表しました。来月から通行できます。</p>"
                        "</body></html>")
              .language == "ja");
  }
}

TEST_CASE("the title is the one a reader sees: declared titles whole, the <title> cut as Readability cuts it",
          "[metadata][title]") {
  const auto title_of = [](const std::string& head, const std::string& body) {
    return html_metadata("<html><head>" + head + "</head><body>" + body + "</body></html>").title;
  };
  // A stray <h1> (a site logo, a section name) does not beat the document title.
  CHECK(title_of("<title>Tidal mill reopens after ten years</title>", "<h1>Local news</h1>") ==
        "Tidal mill reopens after ten years");
  // The publisher's og:title is taken as declared, site name and all.
  CHECK(title_of("<meta property='og:title' content='Tidal mill reopens - Harbour Times'><title>x</title>", "") ==
        "Tidal mill reopens - Harbour Times");
  // "Headline | Section | Site": the last part goes when three words or more remain.
  CHECK(title_of("<title>Tidal mill reopens after ten years | Local | Harbour Times</title>", "") ==
        "Tidal mill reopens after ten years | Local");
  // Too few words before the separator: the first part goes instead.
  CHECK(title_of("<title>Harbour Times - Tidal mill reopens after ten years</title>", "") ==
        "Tidal mill reopens after ten years");
  // A trailing part that is the declared site name goes whatever is left.
  CHECK(title_of("<meta property='og:site_name' content='Harbour Times'><title>Mill reopens – Harbour Times</title>",
                 "") == "Mill reopens");
  // "Site: Headline" unless a heading repeats the whole title.
  CHECK(title_of("<title>Harbour Times: Tidal mill reopens after ten years</title>", "") ==
        "Tidal mill reopens after ten years");
  CHECK(title_of("<title>Harbour Times: Tidal mill reopens</title>", "<h1>Harbour Times: Tidal mill reopens</h1>") ==
        "Harbour Times: Tidal mill reopens");
  // A <title> too short to be a headline gives way to the only <h1>.
  CHECK(title_of("<title>News</title>", "<h1>Tidal mill reopens after ten years</h1>") ==
        "Tidal mill reopens after ten years");
  // No <title> at all: the <h1>.
  CHECK(title_of("", "<h1>Tidal mill reopens</h1>") == "Tidal mill reopens");
}
