// Credibility hints of a verdict (verdict.h). Internal to the core.
#pragma once
#include "firsthand/verdict.h"

namespace firsthand::detail {

void add_hints(const Article& page, const TokenizedText& page_text, const Fingerprint& page_fp, Verdict& verdict);

}  // namespace firsthand::detail
