// Memory for one gumbo parse. gumbo mallocs per node, per attribute and per string-buffer growth, and frees it
// all again node by node; on the AEB pages malloc and free took about a fifth of the parse. The arena hands out
// memory from large blocks by bumping a pointer, reuses freed blocks of the same size class (so the tokenizer's
// short-lived buffers do not pile up on a 50 MB page), and releases everything at once when it is destroyed,
// after the tree has been converted to the page model, so gumbo_destroy_output is never called.
#pragma once
#include <gumbo.h>

#include <array>
#include <cstddef>
#include <memory>
#include <vector>

namespace firsthand {

class GumboArena {
 public:
  GumboArena() = default;
  GumboArena(const GumboArena&) = delete;
  GumboArena& operator=(const GumboArena&) = delete;
  ~GumboArena();

  // Options that route gumbo's allocator and deallocator through this arena (it must outlive the output).
  GumboOptions options() const;

 private:
  static void* allocate(void* arena, std::size_t size);
  static void deallocate(void* arena, void* pointer);
  void* take(std::size_t size);
  void give_back(void* pointer);

  static constexpr std::size_t kClasses = 13;  // 16 B .. 64 KB by powers of two; larger goes to operator new
  std::array<void*, kClasses> free_lists_{};
  std::vector<std::unique_ptr<std::byte[]>> blocks_;
  std::byte* cursor_ = nullptr;
  std::byte* end_ = nullptr;
  std::vector<void*> large_;  // blocks past the largest class, freed with the arena unless gumbo frees them
};

}  // namespace firsthand
