// Stage 1 of 7, page (page -> extract -> fingerprint -> compare -> index -> verdict -> warm_up): the page model
// and the producers that fill it. Includes nothing of a later stage.
//
// The page model: a flat, index-linked tree of elements and text that every producer fills (gumbo on the
// desktop, the live DOM in the browser, the plain-text producer for visible-text dumps). Flat storage keeps
// 100,000-deep pages safe: nothing here recurses. It serialises to a flat JSON form (see page_json.h).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace firsthand {

using NodeId = std::uint32_t;
inline constexpr NodeId kNoNode = 0xFFFFFFFFu;

enum class NodeKind : std::uint8_t { Document, Element, Text };

struct Attribute {
  std::string name;   // lower-case
  std::string value;  // UTF-8
};

struct Node {
  NodeKind kind = NodeKind::Element;
  std::string tag;   // lower-case tag name (elements only)
  std::string text;  // UTF-8 text (text nodes only)
  std::vector<Attribute> attributes;
  NodeId parent = kNoNode;
  std::uint32_t depth = 0;
  std::vector<NodeId> children;
};

// Where the page came from; extraction weighs its signals differently for each.
enum class PageSource : std::uint8_t { Html, Dom, Text };

struct Page {
  Page();  // creates the document node (id 0)

  PageSource source = PageSource::Html;
  std::string url;       // address of the page when known (browser, or --url on the CLI)
  std::vector<Node> nodes;
  bool truncated = false;  // a limit dropped or flattened part of the input

  static constexpr NodeId root() { return 0; }
  // Appends a child and returns its id. Both enforce limits.h: past kMaxNodes they return kNoNode and set
  // `truncated`; past kMaxDepth an element is attached to the deepest allowed ancestor instead (text stays
  // in its element).
  NodeId add_element(NodeId parent, std::string_view tag, std::vector<Attribute> attributes = {});
  NodeId add_text(NodeId parent, std::string_view text);

  const Node& operator[](NodeId id) const { return nodes[id]; }
  // The attribute's value, or nullptr when absent (or the node is not an element).
  const std::string* attribute(NodeId id, std::string_view name) const;
  // Concatenated text of the subtree, in document order (iterative).
  std::string text_content(NodeId id) const;
};

// Cleans a byte string into valid UTF-8: invalid sequences become U+FFFD, NUL bytes are dropped.
std::string sanitize_utf8(std::string_view bytes);
// The characters of UTF-8 text (its bytes that do not continue a sequence): a width, where bytes would count
// an accented or CJK text long.
std::size_t utf8_code_points(std::string_view text);

}  // namespace firsthand
