// Decodes the tortured-phrase table (tortured_phrases.h) from the generated tortured_phrases_data.cpp.
#include "tortured_phrases.h"

#include <algorithm>

namespace firsthand::detail {

extern const std::string_view kTorturedWords;                       // one word a line, prefix-coded, word 1 first
extern const std::span<const std::uint8_t> kTorturedPhraseNumbers;  // word numbers of one or two bytes, 0 ends a phrase
extern const std::uint32_t kTorturedShortNumbers;                   // numbers up to this one take one byte

namespace {

// Reads the word number at `pos` (advancing it); the stream ends every phrase with a 0.
std::uint32_t read_number(std::size_t& pos) {
  if (pos >= kTorturedPhraseNumbers.size()) return 0;
  const std::uint32_t first = kTorturedPhraseNumbers[pos++];
  if (first <= kTorturedShortNumbers) return first;
  if (pos >= kTorturedPhraseNumbers.size()) return 0;
  return kTorturedShortNumbers + 1 + ((first - kTorturedShortNumbers - 1) << 8 | kTorturedPhraseNumbers[pos++]);
}

// The dictionary's words spelled out, one a line. Each encoded line is a character '0' + n (n leading bytes
// shared with the word before) and the rest of the word.
std::string spelled_words() {
  std::string text;
  std::string word;
  std::string_view lines = kTorturedWords;
  while (!lines.empty()) {
    const std::size_t eol = lines.find('\n');
    const std::string_view line = lines.substr(0, eol);
    lines = eol == std::string_view::npos ? std::string_view() : lines.substr(eol + 1);
    if (line.empty()) continue;
    const std::size_t shared = line[0] > '0' ? static_cast<std::size_t>(line[0] - '0') : 0;
    word.resize(std::min(shared, word.size()));
    word.append(line.substr(1));
    text += word;
    text += '\n';
  }
  return text;
}

}  // namespace

const std::vector<std::string_view>& tortured_words() {
  static const std::string text = spelled_words();
  static const std::vector<std::string_view> words = [] {
    std::vector<std::string_view> lines;
    for (std::string_view rest = text; !rest.empty();) {
      const std::size_t eol = rest.find('\n');
      lines.push_back(rest.substr(0, eol));
      rest = rest.substr(eol + 1);  // every line ends with one
    }
    return lines;
  }();
  return words;
}

void for_each_tortured_phrase(const std::function<void(std::string_view, std::string_view)>& visit) {
  const std::vector<std::string_view>& words = tortured_words();
  std::string phrases[2];  // the pair being read: tortured, then correct
  int side = 0;
  for (std::size_t pos = 0; pos < kTorturedPhraseNumbers.size();) {
    const std::uint32_t number = read_number(pos);
    if (number == 0) {
      if (++side == 2) {
        visit(phrases[0], phrases[1]);
        phrases[0].clear();
        phrases[1].clear();
        side = 0;
      }
    } else if (number <= words.size()) {
      std::string& phrase = phrases[side];
      if (!phrase.empty()) phrase += ' ';
      phrase += words[number - 1];
    }
  }
}

void for_each_tortured_pair(
    const std::function<void(std::span<const std::uint32_t>, std::size_t)>& visit) {
  std::vector<std::uint32_t> tortured;
  for (std::size_t pos = 0; pos < kTorturedPhraseNumbers.size();) {
    tortured.clear();
    for (std::uint32_t number; (number = read_number(pos)) != 0;) tortured.push_back(number);
    const std::size_t correct_at = pos;
    while (pos < kTorturedPhraseNumbers.size() && read_number(pos) != 0) {
    }
    visit(tortured, correct_at);
  }
}

std::string tortured_correct_phrase(std::size_t correct_at) {
  const std::vector<std::string_view>& words = tortured_words();
  std::string phrase;
  for (std::uint32_t number; (number = read_number(correct_at)) != 0;) {
    if (number > words.size()) continue;
    if (!phrase.empty()) phrase += ' ';
    phrase += words[number - 1];
  }
  return phrase;
}

}  // namespace firsthand::detail
