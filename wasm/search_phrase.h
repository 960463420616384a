// The article's most distinctive sentence, which the popup's "find the original" links search for.
// Names and numbers make a sentence distinctive: they survive rewording and are rare across articles.
#pragma once
#include <string>
#include <vector>

namespace firsthand::abi {

// A sentence of at most `max_words` words from the body, or "" for an empty body.
std::string distinctive_sentence(const std::vector<std::string>& paragraphs, std::size_t max_words = 24);

}  // namespace firsthand::abi
