// What extraction gives: the clean article body as paragraphs, and the page's metadata.
// Everything downstream (fingerprints, comparison, verdict, index) works from this, never from the page.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace firsthand {

struct Metadata {
  std::string title;
  std::string byline;          // author names as shown ("Steven Erlanger and Elian Peltier")
  std::string credit;          // syndication source credited in the page ("Reuters", "AP"), empty if none
  std::string credit_evidence; // the text that credits it ("by Reuters"), for the reasons shown to readers
  std::string date;            // publication date shown, ISO 8601 "YYYY-MM-DD" (empty if unknown)
  std::string date_source;     // where the date came from: "json-ld", "meta", "time", "text", "url"
  std::string modified_date;   // last-modified date when the page gives one, ISO 8601
  std::string canonical_url;   // <link rel=canonical> or og:url
  std::string site_name;       // og:site_name, JSON-LD publisher, or the page's own name
  std::string language;        // BCP 47 tag from <html lang> / meta, or detected from the text
};

struct Article {
  Metadata meta;
  std::vector<std::string> paragraphs;  // body in reading order: headings, paragraphs, list items, quotes
  std::vector<std::string> captions;    // its images' captions, for reading only (never fingerprinted)
  std::size_t page_text_bytes = 0;      // visible text of the whole page, to report the clutter share
  bool truncated = false;               // the input hit a limit (limits.h) and was cut

  std::size_t body_bytes() const;
  std::string text() const;  // paragraphs joined by blank lines
  bool empty() const { return paragraphs.empty(); }
};

nlohmann::json to_json(const Metadata& meta);
nlohmann::json to_json(const Article& article);
Metadata metadata_from_json(const nlohmann::json& json);  // tolerant: unknown or wrong-typed keys are ignored

}  // namespace firsthand
