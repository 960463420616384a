// Cheap signals about one line of visible text, shared by plain-text body extraction and metadata:
// word counts, function-word density, sentence endings, and RE2 patterns for captions, boilerplate labels,
// section labels, social embeds, bylines and signatures. Generic rules only: nothing names a site.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace firsthand::text {

// Trims and collapses runs of whitespace (including NBSP) to one space.
std::string collapse_whitespace(std::string_view s);
std::size_t count_words(std::string_view s);
// Share of the words that are function words ("the", "de", "und"...) of a language we know.
double stop_word_ratio(std::string_view s);
// Mostly CJK characters, written without spaces, so word counts mean little.
bool is_unspaced_script(std::string_view s);

bool ends_like_sentence(std::string_view s);  // ". ! ?" (and CJK forms), before closing quotes or brackets
bool ends_with_ellipsis(std::string_view s);  // a cut-off teaser ("…", "...")
bool is_caption(std::string_view s);          // photo credit or caption ("(Reuters Photo)", "©", "Photo by X")
bool is_boilerplate(std::string_view s);      // page furniture: "Share", "Sponsored Content", cookie notices
bool is_section_label(std::string_view s);    // heads a list of other stories: "RECOMMENDED", "HOT NEWS"
bool is_social_embed(std::string_view s);     // the text of an embedded post ("pic.twitter.com/...")
bool is_breadcrumb(std::string_view s);       // "Home > World > Title"
// A paragraph of running text: long enough, ends like a sentence, reads like a language.
bool is_prose(std::string_view s);

// "By Jane Doe and John Roe Published ..." -> "Jane Doe and John Roe" (names only).
std::optional<std::string> byline_names(std::string_view s);
// A closing signature line "— Jane Doe and John Roe" -> the names.
std::optional<std::string> signature_names(std::string_view s);

}  // namespace firsthand::text
