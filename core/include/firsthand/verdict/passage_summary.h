// What the reading history keeps of an article's passages once its text is gone, so that a verdict on an
// article read long ago still stands on aligned passages, as with the text, instead of on sketch estimates:
// the article's sentences as their tokens in order (a content word as its hash and its word shape, a function
// word as its place in the stop-word list) and a hash of each whole sentence. No content word's letters are
// kept (the page's side of an aligned pair is quoted from the page; the known side says only which of its
// sentences matches, and a word swap shows the page's word only). 9 bytes a content word, 1 a function word
// (2 when capitalised), 8 a sentence.
#pragma once
#include <cstdint>
#include <vector>

#include "firsthand/compare.h"
#include "firsthand/fingerprint/normalize.h"

namespace firsthand {

struct PassageSummary {
  std::vector<std::uint32_t> words;            // content-word hashes (low 32 bits), sentence after sentence
  std::vector<std::uint32_t> shapes;           // one a content word: its word shape (firsthand/compare/word_shape.h)
  std::vector<std::uint8_t> layout;            // one a token (two for a capitalised function word), see passage_summary.cpp
  std::vector<std::uint32_t> sentence_ends;    // one a sentence: the end of its tokens in `layout`
  std::vector<std::uint32_t> sentence_hashes;  // one a sentence: the hash of the whole folded sentence
  std::uint32_t boilerplate_from = 0;          // boilerplate_start() of the text (verdict/standing_text.h)

  std::size_t bytes() const;  // what the summary holds, without the vectors' own overhead
};

PassageSummary summarize_passages(const TokenizedText& text);

// The page's sentences aligned with the summarised article's by the text level's own rules (align_sentences:
// content words shared, the same thresholds; word swaps told apart from inflections and typos by the words'
// shapes). The known side's text is not kept: its sentences are empty, its substitutions are not listed.
Alignment align_with_summary(const TokenizedText& page, const PassageSummary& known,
                             const std::vector<bool>& page_standing = {}, const std::vector<bool>& known_standing = {});

}  // namespace firsthand
