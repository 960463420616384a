// Block building for DOM extraction: one walk over the visible page turns it into text blocks, the units the
// body is made of (a paragraph, heading, list item, quote, pre, or a div's own loose text). Inline markup is
// flattened into its block and whitespace collapsed; text inside links is counted for link density (not inside a
// javascript: link wrapped around whole paragraphs, which goes nowhere).
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "firsthand/page.h"

namespace firsthand::dom {

struct Block {
  std::string text;            // inline whitespace collapsed, trimmed, never empty
  std::size_t link_chars = 0;  // bytes of `text` that sit inside <a> elements
  NodeId owner = kNoNode;      // the nearest block-level element holding the text
};

struct BlockedPage {
  std::vector<Block> blocks;      // in reading order
  std::vector<bool> walked;       // per node: visible and not under a skipped tag (script, nav, hidden...)
};

// Iterative (explicit stack): depth only costs memory, never call stack.
BlockedPage build_blocks(const Page& page);

}  // namespace firsthand::dom
