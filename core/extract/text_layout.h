// The layout of a visible-text page: its lines, what each line looks like, and where the article body is.
// Body extraction (text_extract.cpp) keeps the body lines; text metadata (metadata_text.cpp) reads the
// header above the body (title, byline, date) and the lines just after it (signature, credit).
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "firsthand/page.h"

namespace firsthand::text {

enum class LineKind {
  Blank,
  Prose,         // running text
  Heading,       // short line that may be a subheading when prose surrounds it
  Boilerplate,   // furniture inside or around the article ("Sponsored Content", "Share")
  SectionLabel,  // heads a list of other stories ("RECOMMENDED")
  Caption,       // photo caption or credit
  Embed,         // embedded social post
  Signature,     // "— Jane Doe and John Roe"
  Repeated,      // the same line appears elsewhere (captions, teasers, menus shown twice)
  Teaser,        // cut-off summary of another story ("…")
  Other,         // menus, dates, bylines, labels: never part of the body
};

struct TextLine {
  std::string text;  // whitespace collapsed
  bool bullet = false;
  LineKind kind = LineKind::Blank;
};

struct TextLayout {
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
  std::vector<TextLine> lines;
  std::vector<std::size_t> body;  // indices of the body's lines, in order
  std::size_t body_start = npos;  // first and last body line (inclusive), npos when no body was found
  std::size_t body_end = npos;
};

TextLayout analyse_text_page(const Page& page);

}  // namespace firsthand::text
