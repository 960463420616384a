// Test-only: a known article as each tier of the reading history holds it, for judging a page against it as
// the extension would (firsthand/verdict/reading_history.h). The text tier is make_known_article.
#pragma once
#include <string>

#include "firsthand/verdict.h"

namespace firsthand::test {

// What the history keeps of an article read long ago: its metadata and stored fingerprint, no text.
inline KnownArticle stored(const Article& article) {
  std::string bytes;
  serialize(fingerprint(article), bytes);
  return KnownArticle{"known", article.meta, deserialize(bytes).value(), std::nullopt};
}

// What the reading history remembers of an article whose text it no longer holds: its rich fingerprint and
// passage summary.
inline KnownArticle remembered(const Article& article) {
  const TokenizedText text = tokenize(article.paragraphs);
  return KnownArticle{"known", article.meta, fingerprint(text), std::nullopt, summarize_passages(text)};
}

}  // namespace firsthand::test
