// Stop-word lists (the most frequent function words per language), merged at compile time into one
// open-addressing table from word to the set of languages listing it: no allocation, nothing to build at
// start-up (this also runs in wasm). A word is looked up once, not once per language: the stop-word ratio
// runs on every word of every short block, and nine binary searches a word were half of extraction's time.
#include "text_stopwords.h"

#include <array>
#include <cstdint>

#include "page/packed_word.h"

namespace firsthand::text {

namespace {

constexpr auto kEnglish = std::to_array<std::string_view>({"a", "about", "after", "all", "also", "an", "and", "are", "as", "at", "be",
    "been", "but", "by", "can", "could", "for", "from", "had", "has", "have", "he", "her", "his", "i", "if", "in",
    "into", "is", "it", "its", "not", "of", "on", "or", "our", "she", "said", "so", "than", "that", "the", "their",
    "there", "they", "this", "to", "was", "we", "were", "what", "when", "which", "while", "who", "will", "with",
    "would", "you", "more"});
constexpr auto kFrench = std::to_array<std::string_view>({"au", "aux", "avec", "ce", "ces", "cette", "dans", "de", "des", "du", "elle",
    "en", "est", "et", "il", "ils", "la", "le", "les", "leur", "mais", "ne", "nous", "ont", "ou", "par", "pas",
    "plus", "pour", "qu", "que", "qui", "sa", "se", "ses", "son", "sont", "sur", "une", "été"});
constexpr auto kGerman = std::to_array<std::string_view>({"auch", "auf", "aus", "bei", "das", "dass", "dem", "den", "der", "des", "die",
    "ein", "eine", "einem", "einen", "einer", "es", "für", "hat", "ich", "ist", "mit", "nach", "nicht", "noch",
    "sich", "sie", "sind", "und", "von", "vor", "war", "wird", "wie", "wurde", "zu", "zum", "zur", "über", "im"});
constexpr auto kSpanish = std::to_array<std::string_view>({"al", "como", "con", "del", "el", "en", "entre", "es", "esta", "este", "fue",
    "ha", "las", "lo", "los", "más", "pero", "por", "que", "se", "su", "sus", "sin", "sobre", "también", "un",
    "una", "y", "ya", "muy", "han", "hay", "desde", "cuando", "porque", "según", "donde", "le", "les", "para"});
constexpr auto kItalian = std::to_array<std::string_view>({"al", "alla", "che", "con", "da", "dal", "dei", "del", "della", "delle",
    "di", "e", "gli", "ha", "hanno", "il", "in", "la", "le", "lo", "ma", "nel", "nella", "non", "per", "più",
    "si", "sono", "su", "sul", "tra", "un", "una", "è", "anche", "come"});
constexpr auto kPortuguese = std::to_array<std::string_view>({"ao", "aos", "as", "com", "como", "da", "das", "do", "dos", "e", "ela",
    "ele", "em", "foi", "mais", "mas", "na", "nas", "no", "nos", "não", "o", "os", "ou", "para", "pela", "pelo",
    "por", "que", "se", "sua", "seu", "um", "uma", "é", "também"});
constexpr auto kDutch = std::to_array<std::string_view>({"aan", "als", "bij", "dat", "de", "die", "dit", "een", "en", "er", "het",
    "hij", "in", "is", "met", "naar", "niet", "nog", "of", "om", "ook", "op", "over", "te", "tot", "uit", "van",
    "voor", "was", "wat", "werd", "wordt", "ze", "zich", "zijn", "door"});
constexpr auto kTurkish = std::to_array<std::string_view>({"ama", "bir", "bu", "da", "de", "daha", "diye", "en", "gibi", "göre", "ile",
    "için", "ise", "kadar", "ki", "çok", "olan", "olarak", "ve", "veya", "ya", "şu", "sonra", "her", "ancak",
    "olduğu", "değil", "mi"});
constexpr auto kRussian = std::to_array<std::string_view>({"а", "без", "в", "во", "вы", "да", "для", "до", "его", "ее", "же", "за",
    "и", "из", "или", "к", "как", "на", "не", "но", "о", "об", "он", "она", "они", "от", "по", "при", "с", "что",
    "это", "у"});

constexpr std::array kLanguages = {
    LanguageStopWords{"en", kEnglish},   LanguageStopWords{"fr", kFrench},  LanguageStopWords{"de", kGerman},
    LanguageStopWords{"es", kSpanish},   LanguageStopWords{"it", kItalian}, LanguageStopWords{"pt", kPortuguese},
    LanguageStopWords{"nl", kDutch},     LanguageStopWords{"tr", kTurkish}, LanguageStopWords{"ru", kRussian},
};

// Every listed word fits in 8 bytes, so it packs into one integer and a probe compares integers, not strings.
using detail::kPackedWordBytes;
using detail::pack_bytes;
constexpr int kTableBits = 10;  // 1024 slots for about 300 words: short probe runs
static_assert(kLanguages.size() <= 16, "language masks are 16 bits");
static_assert([] {
  for (const LanguageStopWords& language : kLanguages)
    for (std::string_view word : language.words)
      if (word.empty() || word.size() > kPackedWordBytes) return false;
  return true;
}());

constexpr std::size_t home_slot(std::uint64_t packed) {
  return static_cast<std::size_t>((packed * 0x9e3779b97f4a7c15ull) >> (64 - kTableBits));
}

// The size tells "a" from "a\0" (same packed bits); size 0 marks an empty slot, since no word is empty.
struct Slot {
  std::uint64_t packed = 0;
  std::uint8_t size = 0;
  LanguageMask languages = 0;
};
using Table = std::array<Slot, std::size_t{1} << kTableBits>;

constexpr Table build_table() {
  Table table{};
  for (std::size_t l = 0; l < kLanguages.size(); ++l) {
    for (std::string_view word : kLanguages[l].words) {
      const std::uint64_t packed = pack_bytes(word);
      std::size_t slot = home_slot(packed);
      while (table[slot].size != 0 && !(table[slot].packed == packed && table[slot].size == word.size()))
        slot = (slot + 1) % table.size();
      table[slot].packed = packed;
      table[slot].size = static_cast<std::uint8_t>(word.size());
      table[slot].languages |= static_cast<LanguageMask>(1u << l);
    }
  }
  return table;
}

constexpr Table kTable = build_table();

}  // namespace

std::span<const LanguageStopWords> stop_word_languages() { return kLanguages; }

LanguageMask stop_word_language_mask(std::string_view lower_word) {
  if (lower_word.empty() || lower_word.size() > kPackedWordBytes) return 0;
  const std::uint64_t packed = pack_bytes(lower_word);
  for (std::size_t slot = home_slot(packed);; slot = (slot + 1) % kTable.size()) {
    const Slot& entry = kTable[slot];
    if (entry.size == 0) return 0;
    if (entry.packed == packed && entry.size == lower_word.size()) return entry.languages;
  }
}

bool is_stop_word(std::string_view lower_word) { return stop_word_language_mask(lower_word) != 0; }

}  // namespace firsthand::text
