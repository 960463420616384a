// extract(): the single entry point from page model to clean Article (workflow in extract.h).
#include "firsthand/extract.h"

namespace firsthand {

Article extract(const Page& page) {
  Article article;
  article.truncated = page.truncated;
  // 1. Metadata from the whole page (head, JSON-LD, visible date and byline lines).
  article.meta = extract_metadata(page);
  // 2. The body, by the method that fits how the page was produced.
  article.paragraphs = page.source == PageSource::Text ? extract_text_body(page) : extract_dom_body(page);
  if (page.source != PageSource::Text) {
    prefer_json_ld_body(page, article.paragraphs);
    article.captions = image_captions(page, article.paragraphs);
  }
  // 3. Credits written into the body complete what the page's markup said.
  find_credits_in_body(article.paragraphs, article.meta);
  // 4. A credit naming the page's own site or author is no credit.
  drop_self_credit(article.meta, page.url);
  article.page_text_bytes = page.text_content(Page::root()).size();
  return article;
}

}  // namespace firsthand
