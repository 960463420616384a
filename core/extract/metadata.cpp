// extract_metadata: the metadata of any page, from the reader that fits how it was produced (HTML/DOM
// markup in metadata_html.cpp, visible text in metadata_text.cpp; see metadata_sources.h for the parts).
#include "firsthand/extract.h"
#include "date_parse.h"
#include "metadata_sources.h"
#include "text_signals.h"

namespace firsthand {

namespace meta {

namespace {
constexpr std::size_t kMaxFieldBytes = 1024;  // a hostile page may stuff a title; UIs need a short one
}  // namespace

std::string clean_field(std::string_view s) {
  std::string out = text::collapse_whitespace(s);
  std::erase_if(out, [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; });
  if (out.size() > kMaxFieldBytes) {
    std::size_t end = kMaxFieldBytes;
    while (end > 0 && (static_cast<unsigned char>(out[end]) & 0xC0) == 0x80) --end;  // whole characters only
    out.resize(end);
  }
  return out;
}

}  // namespace meta

Metadata extract_metadata(const Page& page) {
  Metadata meta = page.source == PageSource::Text ? meta::from_text_page(page) : meta::from_html_page(page);
  // Last resort for the date: news URLs often carry it ("/2022/01/12/").
  for (const std::string& url : {page.url, meta.canonical_url}) {
    if (!meta.date.empty()) break;
    if (auto date = find_date_in_url(url)) {
      meta.date = *date;
      meta.date_source = "url";
    }
  }
  return meta;
}

}  // namespace firsthand
