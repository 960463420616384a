// Picks the sentence with the most names and numbers per word among the body's first sentences.
#include "search_phrase.h"

#include <cctype>
#include <string_view>

namespace firsthand::abi {
namespace {

constexpr std::size_t kSentencesConsidered = 40;  // the lede and first paragraphs say what the article is
constexpr std::size_t kMinWords = 6;

std::vector<std::string_view> split_words(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t start = std::string_view::npos;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const bool space = i == text.size() || std::isspace(static_cast<unsigned char>(text[i]));
    if (space && start != std::string_view::npos) {
      words.push_back(text.substr(start, i - start));
      start = std::string_view::npos;
    } else if (!space && start == std::string_view::npos) {
      start = i;
    }
  }
  return words;
}

// Sentence ends: ASCII '.', '!', '?' followed by a space, and the CJK full stop.
std::vector<std::string_view> split_sentences(std::string_view paragraph) {
  std::vector<std::string_view> sentences;
  std::size_t start = 0;
  for (std::size_t i = 0; i < paragraph.size(); ++i) {
    const char c = paragraph[i];
    std::size_t end = std::string_view::npos;
    if ((c == '.' || c == '!' || c == '?') && (i + 1 == paragraph.size() || paragraph[i + 1] == ' ')) end = i + 1;
    else if (paragraph.substr(i, 3) == "\xE3\x80\x82") end = i + 3;  // U+3002
    if (end != std::string_view::npos) {
      sentences.push_back(paragraph.substr(start, end - start));
      start = end;
    }
  }
  if (start < paragraph.size()) sentences.push_back(paragraph.substr(start));
  return sentences;
}

double distinctiveness(const std::vector<std::string_view>& words) {
  double marked = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const auto first = static_cast<unsigned char>(words[i].front());
    if (std::isdigit(first)) marked += 1.0;
    else if (i > 0 && std::isupper(first)) marked += 1.0;  // a name, not the sentence's first word
    else if (first >= 0x80) marked += 0.5;                // non-Latin scripts: no case to go by
  }
  return marked / static_cast<double>(words.size());
}

std::string trim_to_words(std::string_view sentence, std::size_t max_words) {
  auto words = split_words(sentence);
  std::string out;
  for (std::size_t i = 0; i < words.size() && i < max_words; ++i) {
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return out;
}

}  // namespace

std::string distinctive_sentence(const std::vector<std::string>& paragraphs, std::size_t max_words) {
  std::string_view best;
  double best_score = -1;
  std::size_t seen = 0;
  for (const auto& paragraph : paragraphs) {
    for (auto sentence : split_sentences(paragraph)) {
      if (seen++ == kSentencesConsidered) return trim_to_words(best, max_words);
      const auto words = split_words(sentence);
      if (words.size() < kMinWords && !best.empty()) continue;
      const double score = words.empty() ? 0 : distinctiveness(words) + (words.size() >= kMinWords ? 1 : 0);
      if (score > best_score) {
        best_score = score;
        best = sentence;
      }
    }
  }
  return trim_to_words(best, max_words);
}

}  // namespace firsthand::abi
