// Generators for the hostile-page set: the large cases (50 MB page, 100,000-deep nesting, a million tiny
// elements, a figure of 100,000 images, megabyte-long words, 100 KB class attributes, deep JSON-LD) are built in memory at test time,
// never committed. Each wraps the same invented article so a test can check the article still comes out.
// Shared by tests/hostile_test.cpp and bench/hostile_limits.cpp.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace firsthand::hostile {

// The invented article every case carries; tests look for its first and last sentences.
inline const std::vector<std::string>& article_paragraphs() {
  static const std::vector<std::string> paragraphs = {
      "The town council of Maravel voted on Tuesday to rebuild the eastern harbour wall before the winter "
      "storms arrive, ending two years of argument over who should pay for the work.",
      "Engineers told the council that the old granite blocks had shifted by almost a metre since the flood "
      "of 2019, and fishing crews have reported sea water pouring over the wall at every spring tide.",
      "\"We cannot wait for another season of storms,\" said the harbour master, Tomas Reyes, who has asked "
      "for the repairs in every annual report since he took the post in 2016.",
      "The work is due to start in June and to cost about 2.4 million euros, of which the regional "
      "development fund will pay two thirds and the town the rest from its reserves.",
      "Residents of the lower quarter, whose cellars flooded twice last winter, welcomed the vote but asked "
      "the council to keep the fish market open while the cranes are on the quay.",
      "The council will publish the building timetable next month, after a final survey of the seabed by the "
      "university's marine engineering department."};
  return paragraphs;
}
inline std::string_view first_sentence_marker() { return "voted on Tuesday to rebuild the eastern harbour wall"; }
inline std::string_view last_sentence_marker() { return "marine engineering department"; }

inline std::string article_html() {
  std::string out = "<article><h1>Maravel to rebuild its harbour wall before winter</h1>";
  for (const auto& p : article_paragraphs()) out += "<p>" + p + "</p>";
  return out + "</article>";
}

inline std::string page_html(std::string_view head, std::string_view body) {
  std::string out = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">";
  out += head;
  out += "</head><body>";
  out += body;
  return out + "</body></html>";
}
inline std::string simple_head() { return "<title>Maravel to rebuild its harbour wall</title>"; }

// ~50 MB: one very long article (a verbatim transcript, say): the opening paragraphs, `bytes` of numbered
// paragraphs of testimony, then the closing paragraphs.
inline std::string huge_page(std::size_t bytes = 50u << 20) {
  const auto& paragraphs = article_paragraphs();
  std::string body = "<article><h1>Maravel harbour inquiry: the full transcript</h1>";
  for (std::size_t i = 0; i + 1 < paragraphs.size(); ++i) body += "<p>" + paragraphs[i] + "</p>";
  for (std::uint32_t i = 0; body.size() < bytes; ++i)
    body += "<p>Witness " + std::to_string(i) +
            " told the inquiry that the quay lights failed during the storm and the wall gave way at dawn.</p>";
  return page_html(simple_head(), body + "<p>" + paragraphs.back() + "</p></article>");
}

// The article inside `depth` nested elements of `tag`, closed properly when `closed`.
inline std::string deep_html(std::size_t depth, std::string_view tag = "div", bool closed = true) {
  std::string open = "<" + std::string(tag) + ">", close = "</" + std::string(tag) + ">";
  std::string body;
  body.reserve(depth * (open.size() + close.size()) + 4096);
  for (std::size_t i = 0; i < depth; ++i) body += open;
  body += article_html();
  if (closed)
    for (std::size_t i = 0; i < depth; ++i) body += close;
  return page_html(simple_head(), body);
}

// The same in the flat page JSON of the wasm ABI: a chain of `depth` divs, then the article's paragraphs.
inline std::string deep_page_json(std::size_t depth) {
  std::string out = R"({"version":1,"source":"dom","nodes":[[0,"html",{}],[1,"body",{}])";
  for (std::size_t i = 0; i < depth; ++i) out += ",[" + std::to_string(i + 2) + ",\"div\",{}]";
  const std::size_t deepest = depth + 2;
  std::size_t next = deepest + 1;
  for (const auto& p : article_paragraphs()) {
    out += ",[" + std::to_string(deepest) + ",\"p\",{}],[" + std::to_string(next) + "," + nlohmann::json(p).dump() + "]";
    next += 2;
  }
  return out + "]}";
}

// The article followed by `count` tiny elements (a footer of one-letter links, say).
inline std::string million_elements_html(std::size_t count = 1'000'000) {
  std::string body = article_html() + "<footer>";
  body.reserve(body.size() + count * 8 + 64);
  for (std::size_t i = 0; i < count; ++i) body += "<b>x</b>";
  return page_html(simple_head(), body + "</footer>");
}

// Words of `word_bytes` letters without a break, in the middle of the article.
inline std::string long_word_html(std::size_t word_bytes = 2u << 20) {
  std::string body = article_html();
  body.insert(body.find("</article>"), "<p>" + std::string(word_bytes, 'w') + "</p>");
  return page_html(simple_head(), body);
}

// The article with a gallery between its first two paragraphs: one figure of `count` images, each with its
// alt text, and the figure's caption. Bait for a captions pass that scans the figure once per image.
inline std::string image_gallery_html(std::size_t count = 100'000) {
  std::string gallery = "<figure>";
  for (std::size_t i = 0; i < count; ++i) gallery += "<img src=\"g.jpg\" alt=\"Harbour photo " + std::to_string(i) + "\">";
  gallery += "<figcaption>The harbour wall after the storm</figcaption></figure>";
  std::string body = article_html();
  body.insert(body.find("<p>", body.find("</p>")), gallery);
  return page_html(simple_head(), body);
}

// Class and id attributes of 100 KB of "a-a-a-..." around every paragraph: bait for backtracking patterns.
inline std::string regex_bait_html(std::size_t bait_bytes = 100u << 10) {
  std::string bait;
  while (bait.size() < bait_bytes) bait += "a-";
  std::string body = "<div class=\"" + bait + "\" id=\"" + bait + "\"><article>";
  for (const auto& p : article_paragraphs()) body += "<p class=\"" + bait + "!\">" + p + "</p>";
  return page_html(simple_head(), body + "</article></div>");
}

// A JSON-LD block nested `depth` levels deep, then a well-formed one carrying the date.
inline std::string deep_json_ld_html(std::size_t depth = 100'000) {
  std::string deep = R"({"@type":"NewsArticle","x":)";
  for (std::size_t i = 0; i < depth; ++i) deep += "{\"a\":[";
  for (std::size_t i = 0; i < depth; ++i) deep += "]}";
  deep += "}";
  const std::string head = simple_head() + "<script type=\"application/ld+json\">" + deep +
                           "</script><script type=\"application/ld+json\">"
                           R"({"@type":"NewsArticle","datePublished":"2024-03-05T09:00:00Z"})"
                           "</script>";
  return page_html(head, article_html());
}

// Deterministic bytes over the whole range, as a corrupt download or an image given as a page would be.
inline std::string binary_junk(std::size_t bytes = 64u << 10) {
  std::string out(bytes, '\0');
  std::uint32_t state = 0x9E3779B9u;
  for (auto& c : out) {
    state ^= state << 13, state ^= state >> 17, state ^= state << 5;
    c = static_cast<char>(state & 0xFF);
  }
  return out;
}

// The page encoded as UTF-16LE with no byte-order mark.
inline std::string utf16le_without_bom(std::string_view ascii) {
  std::string out;
  for (char c : ascii) out += {c, '\0'};
  return out;
}

}  // namespace firsthand::hostile
