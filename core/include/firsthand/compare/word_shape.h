// A word's shape: 32 bits that keep, of a word whose letters are not kept (a passage summary's content
// words), enough to tell a spinner's swap to a different word from one word's inflection, spelling or typo,
// as the text level's swap rule does with both words' letters (no shared 4-letter start, more than 2 edits
// apart), and the word's length for the rarer-word vote. Bits: a lower-case word (31), the length in bytes
// up to 63 (25-30), a hash of the first 4 bytes (16-24), and which of 16 letter groups its bytes fall in (0-15).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "firsthand/fingerprint/normalize.h"

namespace firsthand {

// The text level's swap test on both words' letters: a spinner's synonym, not one word's spelling,
// inflection or typo ("organise" / "organize", "say" / "says", "recieve" / "receive"), which share a 4-byte
// start or are at most 2 edits apart.
bool letters_differ_as_synonyms(std::string_view x, std::string_view y);

std::uint32_t word_shape(const Token& token, std::string_view folded_text);

std::size_t shape_length(std::uint32_t shape);  // bytes, at most 63
bool shape_lower_case_word(std::uint32_t shape);
// Whether two words surely share no 4-byte start and are surely more than 2 edits apart: the text level's
// swap test, answered "no" whenever the shapes cannot rule out an inflection or a typo.
bool shapes_differ_as_synonyms(std::uint32_t x, std::uint32_t y);

}  // namespace firsthand
