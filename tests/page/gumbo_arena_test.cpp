// The arena behind gumbo's allocations: memory aligned for any type, a freed block reused by the next request
// of its size class (so short-lived buffers do not grow the arena), large blocks kept apart, and a parse
// through it giving gumbo's usual tree.
#include <catch2/catch.hpp>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

#include "gumbo_arena.h"

using namespace firsthand;

namespace {

void* allocate(const GumboOptions& options, std::size_t size) { return options.allocator(options.userdata, size); }
void release(const GumboOptions& options, void* p) { options.deallocator(options.userdata, p); }

bool aligned(const void* p) { return reinterpret_cast<std::uintptr_t>(p) % alignof(std::max_align_t) == 0; }

}  // namespace

TEST_CASE("gumbo arena: aligned memory, freed blocks reused by size class, large blocks apart", "[html]") {
  GumboArena arena;
  const GumboOptions options = arena.options();
  void* a = allocate(options, 10);
  void* b = allocate(options, 24);
  void* c = allocate(options, 1);
  CHECK((aligned(a) && aligned(b) && aligned(c)));
  CHECK(a != b);
  std::memset(a, 'a', 10);
  std::memset(b, 'b', 24);  // writing all of b leaves a intact: blocks do not overlap
  CHECK(static_cast<unsigned char*>(a)[9] == 'a');

  release(options, a);
  CHECK(allocate(options, 16) == a);  // same class (up to 16 bytes): the freed block comes back
  release(options, b);
  CHECK(allocate(options, 16) != b);  // b (24 bytes) is in the 32-byte class: too small a request gets new memory
  CHECK(allocate(options, 17) == b);

  void* large = allocate(options, 1u << 20);
  CHECK(aligned(large));
  std::memset(large, 'x', 1u << 20);
  release(options, large);
  release(options, nullptr);  // gumbo frees null pointers; the arena ignores them like free does
}

TEST_CASE("gumbo arena: a parse through the arena gives gumbo's tree", "[html]") {
  GumboArena arena;
  GumboOptions options = arena.options();
  std::string html = "<title>T</title><p class=lead>one <b>two</b>";
  for (int i = 0; i < 2000; ++i) html += "<div data-i='" + std::to_string(i) + "'>" + std::string(i % 97, 'w');
  const GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
  REQUIRE(output);
  const GumboNode* body = static_cast<const GumboNode*>(output->root->v.element.children.data[1]);
  REQUIRE(body->v.element.tag == GUMBO_TAG_BODY);
  const auto* p = static_cast<const GumboNode*>(body->v.element.children.data[0]);
  CHECK(p->v.element.tag == GUMBO_TAG_P);
  CHECK(std::string(gumbo_get_attribute(&p->v.element.attributes, "class")->value) == "lead");
}
