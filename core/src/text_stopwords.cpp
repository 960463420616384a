// Stop-word lists (the most frequent function words per language), kept sorted so lookups are a binary
// search over static data: no allocation, nothing to build at start-up (this also runs in wasm).
#include "text_stopwords.h"

#include <algorithm>
#include <array>

namespace firsthand::text {

namespace {

template <std::size_t N>
constexpr std::array<std::string_view, N> sorted(std::array<std::string_view, N> words) {  // for binary_search
  std::sort(words.begin(), words.end());
  return words;
}

constexpr auto kEnglish = sorted(std::to_array<std::string_view>({"a", "about", "after", "all", "also", "an", "and", "are", "as", "at", "be",
    "been", "but", "by", "can", "could", "for", "from", "had", "has", "have", "he", "her", "his", "i", "if", "in",
    "into", "is", "it", "its", "not", "of", "on", "or", "our", "she", "said", "so", "than", "that", "the", "their",
    "there", "they", "this", "to", "was", "we", "were", "what", "when", "which", "while", "who", "will", "with",
    "would", "you", "more"}));
constexpr auto kFrench = sorted(std::to_array<std::string_view>({"au", "aux", "avec", "ce", "ces", "cette", "dans", "de", "des", "du", "elle",
    "en", "est", "et", "il", "ils", "la", "le", "les", "leur", "mais", "ne", "nous", "ont", "ou", "par", "pas",
    "plus", "pour", "qu", "que", "qui", "sa", "se", "ses", "son", "sont", "sur", "une", "été"}));
constexpr auto kGerman = sorted(std::to_array<std::string_view>({"auch", "auf", "aus", "bei", "das", "dass", "dem", "den", "der", "des", "die",
    "ein", "eine", "einem", "einen", "einer", "es", "für", "hat", "ich", "ist", "mit", "nach", "nicht", "noch",
    "sich", "sie", "sind", "und", "von", "vor", "war", "wird", "wie", "wurde", "zu", "zum", "zur", "über", "im"}));
constexpr auto kSpanish = sorted(std::to_array<std::string_view>({"al", "como", "con", "del", "el", "en", "entre", "es", "esta", "este", "fue",
    "ha", "las", "lo", "los", "más", "pero", "por", "que", "se", "su", "sus", "sin", "sobre", "también", "un",
    "una", "y", "ya", "muy", "han", "hay", "desde", "cuando", "porque", "según", "donde", "le", "les", "para"}));
constexpr auto kItalian = sorted(std::to_array<std::string_view>({"al", "alla", "che", "con", "da", "dal", "dei", "del", "della", "delle",
    "di", "e", "gli", "ha", "hanno", "il", "in", "la", "le", "lo", "ma", "nel", "nella", "non", "per", "più",
    "si", "sono", "su", "sul", "tra", "un", "una", "è", "anche", "come"}));
constexpr auto kPortuguese = sorted(std::to_array<std::string_view>({"ao", "aos", "as", "com", "como", "da", "das", "do", "dos", "e", "ela",
    "ele", "em", "foi", "mais", "mas", "na", "nas", "no", "nos", "não", "o", "os", "ou", "para", "pela", "pelo",
    "por", "que", "se", "sua", "seu", "um", "uma", "é", "também"}));
constexpr auto kDutch = sorted(std::to_array<std::string_view>({"aan", "als", "bij", "dat", "de", "die", "dit", "een", "en", "er", "het",
    "hij", "in", "is", "met", "naar", "niet", "nog", "of", "om", "ook", "op", "over", "te", "tot", "uit", "van",
    "voor", "was", "wat", "werd", "wordt", "ze", "zich", "zijn", "door"}));
constexpr auto kTurkish = sorted(std::to_array<std::string_view>({"ama", "bir", "bu", "da", "de", "daha", "diye", "en", "gibi", "göre", "ile",
    "için", "ise", "kadar", "ki", "çok", "olan", "olarak", "ve", "veya", "ya", "şu", "sonra", "her", "ancak",
    "olduğu", "değil", "mi"}));
constexpr auto kRussian = sorted(std::to_array<std::string_view>({"а", "без", "в", "во", "вы", "да", "для", "до", "его", "ее", "же", "за",
    "и", "из", "или", "к", "как", "на", "не", "но", "о", "об", "он", "она", "они", "от", "по", "при", "с", "что",
    "это", "у"}));

constexpr std::array kLanguages = {
    LanguageStopWords{"en", kEnglish},   LanguageStopWords{"fr", kFrench},  LanguageStopWords{"de", kGerman},
    LanguageStopWords{"es", kSpanish},   LanguageStopWords{"it", kItalian}, LanguageStopWords{"pt", kPortuguese},
    LanguageStopWords{"nl", kDutch},     LanguageStopWords{"tr", kTurkish}, LanguageStopWords{"ru", kRussian},
};

}  // namespace

std::span<const LanguageStopWords> stop_word_languages() { return kLanguages; }

bool is_stop_word_of(const LanguageStopWords& language, std::string_view lower_word) {
  return std::binary_search(language.words.begin(), language.words.end(), lower_word);
}

bool is_stop_word(std::string_view lower_word) {
  return std::any_of(kLanguages.begin(), kLanguages.end(),
                     [&](const LanguageStopWords& l) { return is_stop_word_of(l, lower_word); });
}

}  // namespace firsthand::text
