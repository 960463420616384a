// The language guess for pages that declare none: the dominant non-Latin script names the language
// directly (kana -> ja, hangul -> ko, han -> zh, ...); Latin and Cyrillic text is told apart by which
// language's function words occur most. Reads a bounded sample, so it costs microseconds.
#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

#include "metadata_sources.h"
#include "text_stopwords.h"

namespace firsthand::meta {

namespace {

constexpr std::size_t kSampleBytes = 32 * 1024;
constexpr std::size_t kMinStopWordHits = 4;   // fewer is too little evidence for a guess
constexpr std::size_t kMinScriptLetters = 20;

struct ScriptRange {
  std::uint32_t first, last;
  std::string_view language;
};

// Scripts that identify a language on their own (order matters: kana before han, so Japanese wins).
constexpr std::array<ScriptRange, 10> kScripts = {{
    {0x3040, 0x30FF, "ja"},  {0xAC00, 0xD7AF, "ko"}, {0x1100, 0x11FF, "ko"}, {0x4E00, 0x9FFF, "zh"},
    {0x0600, 0x06FF, "ar"},  {0x0590, 0x05FF, "he"}, {0x0370, 0x03FF, "el"}, {0x0E00, 0x0E7F, "th"},
    {0x0900, 0x097F, "hi"},  {0x0400, 0x04FF, "cyrillic"},
}};

// Decodes the next code point (input is already valid UTF-8: producers sanitise it).
std::uint32_t next_code_point(std::string_view s, std::size_t& i) {
  const auto c = static_cast<unsigned char>(s[i]);
  const std::size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
  std::uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (std::size_t k = 1; k < len && i + k < s.size(); ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
  i += len;
  return cp;
}

std::string language_by_stop_words(std::string_view sample) {
  const auto languages = text::stop_word_languages();
  std::vector<std::size_t> hits(languages.size(), 0);
  std::string word;
  auto flush = [&] {
    if (word.empty()) return;
    const text::LanguageMask listed_by = text::stop_word_language_mask(word);
    for (std::size_t l = 0; l < languages.size(); ++l)
      if ((listed_by >> l) & 1u) ++hits[l];
    word.clear();
  };
  for (std::size_t i = 0; i < sample.size();) {
    const std::size_t start = i;
    const std::uint32_t cp = next_code_point(sample, i);
    const bool letter = (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp >= 0xC0;
    if (!letter) {
      flush();
      continue;
    }
    for (std::size_t k = start; k < i && k < sample.size(); ++k) {
      const char c = sample[k];
      word.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    }
  }
  flush();
  const auto best = std::max_element(hits.begin(), hits.end());
  if (*best < kMinStopWordHits) return {};
  return std::string(languages[static_cast<std::size_t>(best - hits.begin())].language);
}

}  // namespace

std::string detect_language(std::string_view text) {
  std::string_view sample = text.substr(0, kSampleBytes);
  while (!sample.empty() && (static_cast<unsigned char>(sample.back()) & 0xC0) == 0x80) sample.remove_suffix(1);
  if (!sample.empty() && static_cast<unsigned char>(sample.back()) >= 0xC0) sample.remove_suffix(1);
  std::array<std::size_t, kScripts.size()> script_letters{};
  std::size_t latin = 0;
  for (std::size_t i = 0; i < sample.size();) {
    const std::uint32_t cp = next_code_point(sample, i);
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0x24F)) ++latin;
    for (std::size_t s = 0; s < kScripts.size(); ++s)
      if (cp >= kScripts[s].first && cp <= kScripts[s].last) {
        ++script_letters[s];
        break;
      }
  }
  // Any kana means Japanese even when han characters outnumber it.
  if (script_letters[0] >= kMinScriptLetters / 4 && script_letters[0] + script_letters[3] > latin) return "ja";
  const auto top = std::max_element(script_letters.begin(), script_letters.end());
  if (*top >= kMinScriptLetters && *top > latin) {
    const std::string_view language = kScripts[static_cast<std::size_t>(top - script_letters.begin())].language;
    if (language != "cyrillic") return std::string(language);
    const std::string by_words = language_by_stop_words(sample);
    return by_words.empty() ? "ru" : by_words;  // Russian is the most common; others need their own lists
  }
  return language_by_stop_words(sample);
}

}  // namespace firsthand::meta
