// What the reading history keeps of an article's passages once its text is gone, so that a verdict on an
// article read long ago still stands on aligned passages, as with the text, instead of on sketch estimates:
// the article's sentences as the hashes of their content words, in order, and a hash of each whole sentence.
// No text is kept (the page's side of an aligned pair is quoted from the page; the known side says only which
// of its sentences matches). 4 bytes a content word and 8 a sentence.
#pragma once
#include <cstdint>
#include <vector>

#include "firsthand/compare.h"
#include "firsthand/fingerprint/normalize.h"

namespace firsthand {

struct PassageSummary {
  std::vector<std::uint32_t> words;            // content-word hashes (low 32 bits), sentence after sentence
  std::vector<std::uint32_t> sentence_ends;    // one a sentence: the end of its words in `words`
  std::vector<std::uint32_t> sentence_hashes;  // one a sentence: the hash of the whole folded sentence
};

PassageSummary summarize_passages(const TokenizedText& text);

// The page's sentences aligned with the summarised article's by the text level's own rule (align_sentences:
// content words shared, the same thresholds), so that a stored article's evidence floor is the text's. The
// known side's text is not kept: its sentences are empty, and no word swaps are read (they need both texts).
Alignment align_with_summary(const TokenizedText& page, const PassageSummary& known);

}  // namespace firsthand
