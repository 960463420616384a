// Per-file hooks of firsthand::warm_up (firsthand/warm_up.h): each builds its file's function-local static
// tables and compiles its RE2 patterns, as their first use would. Internal to the core.
#pragma once

namespace firsthand::text {
void warm_up_patterns();  // text_signals.cpp
}
namespace firsthand::dom {
void warm_up_patterns();  // dom_hints.cpp
}
namespace firsthand::meta {
void warm_up_credit_patterns();  // metadata_credits.cpp
void warm_up_html_patterns();    // metadata_html.cpp
void warm_up_text_patterns();    // metadata_text.cpp
}  // namespace firsthand::meta
namespace firsthand::detail {
void warm_up_date_patterns();  // date_parse.cpp
}
