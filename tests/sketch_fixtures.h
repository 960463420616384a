// Synthetic fingerprints for the index and pack tests: random sketches, and near copies that keep a known
// number of slots, so expected resemblances are exact.
#pragma once
#include <random>

#include "firsthand/fingerprint.h"

namespace firsthand::test {

inline Fingerprint random_fingerprint(std::mt19937& rng) {
  Fingerprint fp;
  for (auto& slot : fp.sketch) slot = static_cast<std::uint32_t>(rng() % 0xFFFFFFF0u);
  return fp;
}

// `original` with `changed` slots (the first ones) given fresh values.
inline Fingerprint near_copy(const Fingerprint& original, int changed, std::mt19937& rng) {
  Fingerprint copy = original;
  for (int i = 0; i < changed; ++i) copy.sketch[static_cast<std::size_t>(i)] = static_cast<std::uint32_t>(rng() % 0xFFFFFFF0u);
  return copy;
}

}  // namespace firsthand::test
