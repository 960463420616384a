// Stage 2 of 7, extract: page model -> clean Article (body and metadata). Includes only page.
//
// Clean article extraction: the one entry point that turns a page model into an Article.
//
// Workflow (see the files named for each step):
//   1. A producer fills the page model: html_producer (gumbo, native), the content script (live DOM, in the
//      browser, as page JSON) or text_producer (plain visible text).
//   2. extract_metadata reads title, byline, credit, dates, canonical URL, site and language (metadata.cpp).
//   3. The body is found: extract_dom_body for HTML/DOM pages (clutter removal by tree scoring,
//      dom_extract.cpp), extract_text_body for visible-text pages (text_extract.cpp); a DOM body that holds
//      less than half of the page's JSON-LD articleBody gives way to it (jsonld_body.cpp).
//   4. Credits found inside the body ("by Reuters", "(AP) —", "— Name and Name") complete the metadata.
//   5. The captions of the images in the body's element (figcaption, else alt text), for the reader view only.
#pragma once
#include <string>
#include <vector>

#include "firsthand/extract/article.h"
#include "firsthand/page.h"

namespace firsthand {

Article extract(const Page& page);

// Steps, exposed for tests and for the browser (which may pre-compute some of them).
Metadata extract_metadata(const Page& page);
std::vector<std::string> extract_dom_body(const Page& page);
std::vector<std::string> extract_text_body(const Page& page);
// Replaces `paragraphs` by the lines of the page's JSON-LD articleBody when that holds over twice the text.
void prefer_json_ld_body(const Page& page, std::vector<std::string>& paragraphs);
// Fills credit/credit_evidence/byline from the body text where the page's metadata lacked them.
void find_credits_in_body(const std::vector<std::string>& paragraphs, Metadata& meta);
// Clears a credit that names the page itself (its site, host, canonical URL or byline): a page crediting
// itself says nothing about where its text came from.
void drop_self_credit(Metadata& meta, std::string_view page_url);
// Whether the credit says the text was republished: a wire agency, or "originally published by/in ...",
// "republished from ...", "(with AFP)". A publisher named only as author ("by Northwire") is not enough for a
// verdict that rests on the credit alone.
bool is_republication_credit(const Metadata& meta);
// Whether the credit is a publisher named only as the author, in a byline or signature of one name ("by
// Northwire", "— Unsplash"): the page's own house name as often as a source it took the text from.
bool is_author_credit(const Metadata& meta);
// The captions of the images inside the element that holds `paragraphs` (figcaption, else alt text), for the
// reader view (captions.cpp).
std::vector<std::string> image_captions(const Page& page, const std::vector<std::string>& paragraphs);

}  // namespace firsthand
