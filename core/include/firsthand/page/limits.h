// Hard limits on untrusted input. Every producer and loader enforces them so that a hostile page or pack
// gives a clear error or a truncated-but-sensible result instead of exhausting time or memory.
#pragma once
#include <cstddef>
#include <cstdint>

namespace firsthand::limits {

inline constexpr std::size_t kMaxInputBytes = 64u << 20;      // a 50 MB page is accepted; larger is refused
inline constexpr std::size_t kMaxNodes = 2'000'000;           // page-model nodes kept; the rest are dropped
inline constexpr std::size_t kMaxDepth = 512;                 // deeper elements are attached at this depth
inline constexpr std::size_t kMaxAttributeBytes = 2048;       // longer attribute values are cut
inline constexpr std::size_t kMaxTextNodeBytes = 1u << 20;    // longer text nodes are cut

}  // namespace firsthand::limits
