// Decodes the tortured-phrase table (tortured_phrases.h) from the generated tortured_phrases_data.cpp.
#include "tortured_phrases.h"

namespace firsthand::detail {

extern const std::string_view kTorturedWords;                       // one word a line, word 1 first
extern const std::span<const std::uint8_t> kTorturedPhraseNumbers;  // varint word numbers, 0 ends a phrase

namespace {

// Reads the varint at `pos` (advancing it); the stream ends every phrase with a 0.
std::uint32_t read_number(std::size_t& pos) {
  std::uint32_t number = 0;
  int shift = 0;
  while (pos < kTorturedPhraseNumbers.size()) {
    const std::uint8_t byte = kTorturedPhraseNumbers[pos++];
    number |= static_cast<std::uint32_t>(byte & 0x7F) << shift;
    if (!(byte & 0x80)) break;
    shift += 7;
  }
  return number;
}

}  // namespace

std::vector<std::string_view> tortured_words() {
  std::vector<std::string_view> lines;
  std::string_view text = kTorturedWords;
  while (!text.empty()) {
    const std::size_t eol = text.find('\n');
    lines.push_back(text.substr(0, eol));
    text = eol == std::string_view::npos ? std::string_view() : text.substr(eol + 1);
  }
  return lines;
}

void for_each_tortured_phrase(const std::function<void(std::string_view, std::string_view)>& visit) {
  const std::vector<std::string_view> words = tortured_words();
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
  static const std::vector<std::string_view> words = tortured_words();
  std::string phrase;
  for (std::uint32_t number; (number = read_number(correct_at)) != 0;) {
    if (number > words.size()) continue;
    if (!phrase.empty()) phrase += ' ';
    phrase += words[number - 1];
  }
  return phrase;
}

}  // namespace firsthand::detail
