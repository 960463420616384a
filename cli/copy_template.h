// Another site's page around a copied text, for the copies that `firsthand copies` makes: an HTML template with
// the clutter of a real news site (menus, ads, related links, newsletter box, footer), or hard-wrapped plain
// text. All of the template's own words are invented here; only the body blocks come from the copied page.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace firsthand::cli {

struct CopySite {
  std::string name, host;  // "Northbank Post", "northbankpost.example"
};
const CopySite& copy_site(std::uint64_t hash);  // one of a few invented sites

struct CopyPage {
  std::string title, date, language;     // date: ISO "YYYY-MM-DD"
  std::vector<std::string> body_html;    // body blocks, each a whole element ("<p>...</p>"), text escaped
  std::string credit_html;               // a credit element placed before the body, or empty
  bool heavy_clutter = false;            // a second menu, trending list, ad blocks, comments
  std::uint64_t hash = 0;                // picks the invented headlines and ad lines
};

std::string escape_html(std::string_view text);
std::string render_html(const CopyPage& page, const CopySite& site, const std::string& url);
// Title, date line and paragraphs hard-wrapped at `columns`, as a plain-text page.
std::string render_text(const std::string& title, const std::string& date, const std::vector<std::string>& paragraphs,
                        std::size_t columns);
// An invented headline for a related link or a "Read more" line.
const char* invented_headline(std::uint64_t hash);

}  // namespace firsthand::cli
