// The gumbo arena (see gumbo_arena.h). Every block starts with a header holding its size class; a freed block
// joins its class's free list, a block past the largest class goes back to the system at once.
#include "gumbo_arena.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <new>

namespace firsthand {

namespace {

constexpr std::size_t kHeader = alignof(std::max_align_t);  // keeps the memory handed out aligned for any type
constexpr std::size_t kMinClassShift = 4;                   // the smallest class holds 16 bytes
constexpr std::size_t kBlockBytes = 256u << 10;
constexpr std::uint32_t kLargeClass = 0xFFFFFFFFu;

std::uint32_t& class_of(void* pointer) {
  return *reinterpret_cast<std::uint32_t*>(static_cast<std::byte*>(pointer) - kHeader);
}

}  // namespace

GumboArena::~GumboArena() {
  for (void* block : large_)
    ::operator delete(block);
}

GumboOptions GumboArena::options() const {
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = &GumboArena::allocate;
  options.deallocator = &GumboArena::deallocate;
  options.userdata = const_cast<GumboArena*>(this);
  return options;
}

void* GumboArena::allocate(void* arena, std::size_t size) { return static_cast<GumboArena*>(arena)->take(size); }

void GumboArena::deallocate(void* arena, void* pointer) {
  if (pointer) static_cast<GumboArena*>(arena)->give_back(pointer);
}

void* GumboArena::take(std::size_t size) {
  const std::size_t cls = size <= (1u << kMinClassShift)
                              ? 0
                              : std::bit_width(size - 1) - kMinClassShift;
  if (cls >= kClasses) {
    auto* raw = static_cast<std::byte*>(::operator new(kHeader + size));
    large_.push_back(raw);
    *reinterpret_cast<std::uint32_t*>(raw) = kLargeClass;
    // The large block's index rides in the second word of the header so give_back finds it without a search.
    reinterpret_cast<std::uint32_t*>(raw)[1] = static_cast<std::uint32_t>(large_.size() - 1);
    return raw + kHeader;
  }
  if (void* reused = free_lists_[cls]) {
    free_lists_[cls] = *static_cast<void**>(reused);
    return reused;
  }
  const std::size_t bytes = kHeader + (std::size_t{1} << (cls + kMinClassShift));
  if (static_cast<std::size_t>(end_ - cursor_) < bytes) {
    const std::size_t block = std::max(kBlockBytes, bytes);
    blocks_.push_back(std::make_unique_for_overwrite<std::byte[]>(block));
    cursor_ = blocks_.back().get();
    end_ = cursor_ + block;
  }
  std::byte* raw = cursor_;
  cursor_ += bytes;
  *reinterpret_cast<std::uint32_t*>(raw) = static_cast<std::uint32_t>(cls);
  return raw + kHeader;
}

void GumboArena::give_back(void* pointer) {
  const std::uint32_t cls = class_of(pointer);
  if (cls == kLargeClass) {
    void*& slot = large_[reinterpret_cast<std::uint32_t*>(static_cast<std::byte*>(pointer) - kHeader)[1]];
    ::operator delete(slot);
    slot = nullptr;
    return;
  }
  *static_cast<void**>(pointer) = free_lists_[cls];
  free_lists_[cls] = pointer;
}

}  // namespace firsthand
