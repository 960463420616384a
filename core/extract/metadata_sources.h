// Internal contracts between the metadata files: each source of metadata is a file of its own and
// metadata.cpp (extract_metadata) combines them.
//   metadata_html.cpp     head tags, <time>, bylines and visible dates of an HTML/DOM page
//   metadata_jsonld.cpp   schema.org JSON-LD (NewsArticle, Article, BlogPosting...), with @graph and arrays
//   metadata_text.cpp     a visible-text page: headline line, byline, date lines, signature, site name
//   metadata_title.cpp    the document <title> cleaned as a reader would read it
//   metadata_credits.cpp  syndication credits ("by Reuters", "(AP) —", "Originally published by ...")
//   text_language.cpp     the language guess when a page declares none
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "firsthand/extract/article.h"
#include "firsthand/page.h"

namespace firsthand::meta {

Metadata from_html_page(const Page& page);
Metadata from_text_page(const Page& page);

// Fields found in one JSON-LD block; empty when absent. Malformed JSON gives an empty result.
struct JsonLdArticle {
  std::string headline, author, date_published, date_modified, url, publisher, language;
  std::string article_body;  // articleBody: the text itself, which script-rendered pages may carry only here
};
JsonLdArticle read_json_ld(std::string_view script_text);

// What the document title is chosen from when the publisher declares none.
struct TitleSources {
  std::string_view title_element;      // <title>
  std::vector<std::string> headings;   // the texts of the <h1> and <h2> elements (bounded)
  std::size_t h1_count = 0;
  std::string_view first_h1;
  std::string_view site_name;          // og:site_name or the JSON-LD publisher, when declared
};
// The <title> with its site and section parts cut as Readability cuts them (and a trailing part that is the
// declared site name, whatever the words left), or the page's only <h1> when the <title> is too short or too
// long to be a headline.
std::string readable_document_title(const TitleSources& sources);

struct Credit {
  std::string source;    // "Reuters", "AP", or the publisher an article says it came from
  std::string evidence;  // the words that say so: "by Reuters", "(AP) —", "Originally published on X"
};
// The first syndication credit written in one line or paragraph.
std::optional<Credit> find_credit(std::string_view text);
// The canonical name of a news agency ("The Associated Press" -> "AP"), or nothing for other names.
std::optional<std::string> agency_name(std::string_view name);
// A house byline that names no one ("Editorial Board", "Staff", "Admin"): a signature should replace it.
bool is_generic_byline(std::string_view byline);
// The publisher a byline names instead of people: an agency ("Reuters"), "The Conversation", or a single
// capitalised name ("Northwire"); nothing for people and house bylines.
std::optional<std::string> organisation_name(std::string_view names);
// Records a byline found on the page: a publisher named as author becomes the credit instead.
void apply_byline(std::string_view names, std::string_view evidence, Metadata& meta);

// BCP 47 primary tag guessed from script and stop words, or "" when unsure.
std::string detect_language(std::string_view text);
// Trimmed, whitespace-collapsed, control-free text of bounded size for a metadata field.
std::string clean_field(std::string_view s);

}  // namespace firsthand::meta
