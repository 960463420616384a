// Test-only: invented article prose for the extraction tests' pages, long enough to count as article text.
#pragma once
#include <string>

namespace firsthand::test {

// One paragraph of prose; `n` keeps paragraphs distinct.
inline std::string prose(int n) {
  return "Paragraph " + std::to_string(n) +
         " of the story: the council met on Tuesday evening and agreed, after a long debate, that the old "
         "footbridge over the river would be repaired before the winter floods arrive in the valley.";
}

}  // namespace firsthand::test
