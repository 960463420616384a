// Hash mixing shared by the fingerprint features: order-sensitive combination of 64-bit token hashes and a
// finaliser (splitmix64) so that slot choice and values are well spread. Internal to the core.
#pragma once
#include <cstdint>

namespace firsthand::detail {

inline std::uint64_t mix64(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  x ^= x >> 31;
  return x;
}

inline std::uint64_t combine(std::uint64_t seed, std::uint64_t value) {
  return (seed ^ (value + 0x9e3779b97f4a7c15ull + (seed << 6) + (seed >> 2))) * 0x100000001b3ull;
}

}  // namespace firsthand::detail
