// Dates as pages show them, turned into ISO 8601 "YYYY-MM-DD": machine forms (meta tags, JSON-LD,
// <time datetime>), visible forms ("Published January 12, 2022", "Jan 12, 2022 6:38 pm", "12 January 2022",
// "7 février 2022", "7 de febrero de 2022", "12.01.2022"; month names in English and the main European
// languages) and URL paths ("/2022/01/12/"). Impossible dates (2022-02-30) are rejected.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace firsthand {

// A machine date: "2022-01-12", "2022-01-12T18:38:00+03:00", "20220112"; falls back to the visible forms.
std::optional<std::string> parse_machine_date(std::string_view s);
// The first visible date written in a line of text.
std::optional<std::string> find_date_in_text(std::string_view s);
// "/2022/01/12/" or "/2022-01-12/" in a URL path.
std::optional<std::string> find_date_in_url(std::string_view url);

enum class DateLabel { None, Published, Updated };
// What a line says its date is: "Published: ...", "Posted on ..." or "Updated ...", "Last modified ...".
DateLabel date_label(std::string_view s);
// The date written after an "Updated"/"Modified" label in the line ("Published: ... ♦ Updated: ...").
std::optional<std::string> find_updated_date(std::string_view s);

}  // namespace firsthand
