// Decodes the tortured-phrase table (tortured_phrases.h) from the generated tortured_phrases_data.cpp.
#include "tortured_phrases.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace firsthand::detail {

extern const std::string_view kTorturedWords;                       // one word a line, word 1 first
extern const std::span<const std::uint8_t> kTorturedPhraseNumbers;  // varint word numbers, 0 ends a phrase

namespace {

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    const std::size_t eol = text.find('\n');
    lines.push_back(text.substr(0, eol));
    text = eol == std::string_view::npos ? std::string_view() : text.substr(eol + 1);
  }
  return lines;
}

}  // namespace

void for_each_tortured_phrase(const std::function<void(std::string_view, std::string_view)>& visit) {
  const std::vector<std::string_view> words = split_lines(kTorturedWords);
  std::string phrases[2];  // the pair being read: tortured, then correct
  int side = 0;
  std::uint32_t number = 0;
  int shift = 0;
  for (const std::uint8_t byte : kTorturedPhraseNumbers) {
    number |= static_cast<std::uint32_t>(byte & 0x7F) << shift;
    if (byte & 0x80) {
      shift += 7;
      continue;
    }
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
    number = 0;
    shift = 0;
  }
}

}  // namespace firsthand::detail
