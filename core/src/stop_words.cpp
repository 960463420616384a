// Function words of the languages the fixtures and seeds use. They anchor SpotSigs signatures, are left out
// of name detection and count as "kept" structure when a spinner swaps only content words.
#include <algorithm>
#include <iterator>
#include <string_view>

#include "firsthand/normalize.h"

namespace firsthand {
namespace {

// Sorted (keep it so), so lookup is a binary search with no allocation.
constexpr std::string_view kStopWords[] = {
    "a", "about", "after", "against", "al", "all", "als", "also", "am", "an", "and", "any", "are", "as", "at",
    "au", "auch", "auf", "aus", "aux", "be", "because", "been", "before", "bei", "being", "between", "both",
    "but", "by", "can", "ce", "ces", "cette", "como", "con", "could", "dans", "das", "de", "del", "dem", "den",
    "der", "des", "did", "die", "do", "does", "du", "durch", "during", "each", "ein", "eine", "einem", "einen",
    "einer", "el", "en", "entre", "es", "est", "et", "for", "from", "fur", "had", "has", "have", "he", "her",
    "here", "him", "his", "how", "i", "if", "il", "im", "in", "into", "is", "ist", "it", "its", "just", "la",
    "las", "le", "les", "lo", "los", "mais", "mas", "may", "me", "mit", "more", "most", "must", "my", "nach",
    "new", "nicht", "no", "nor", "not", "now", "oder", "of", "on", "one", "only", "ont", "or", "other", "ou",
    "our", "out", "over", "par", "para", "pas", "per", "pero", "plus", "por", "pour", "qu", "que", "qui", "sa",
    "said", "says", "se", "ses", "she", "should", "sich", "sin", "since", "sind", "so", "sobre", "some", "son",
    "sont", "su", "such", "sur", "sus", "than", "that", "the", "their", "them", "then", "there", "these",
    "they", "this", "those", "though", "through", "to", "told", "too", "um", "un", "una", "und", "une", "uno",
    "until", "up", "upon", "us", "very", "vom", "von", "vor", "war", "was", "we", "were", "what", "when",
    "where", "whether", "which", "while", "who", "whom", "whose", "why", "wie", "will", "wird", "with",
    "within", "without", "would", "y", "you", "your", "zu", "zum", "zur"};

}  // namespace

bool is_stop_word(std::string_view folded_token) {
  return std::binary_search(std::begin(kStopWords), std::end(kStopWords), folded_token);
}

}  // namespace firsthand
