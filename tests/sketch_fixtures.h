// Synthetic fingerprints for the index and pack tests: random sketches, and near copies that keep a known
// number of slots, so expected resemblances are exact.
#pragma once
#include <random>

#include "firsthand/fingerprint.h"

namespace firsthand::test {

// A slot value as fingerprints hold them (fingerprint.h: 16 bits, below the compact tier's empty marker).
inline std::uint32_t random_slot(std::mt19937& rng) { return static_cast<std::uint32_t>(rng() % (Fingerprint::kLargestSlotValue + 1)); }

inline Fingerprint random_fingerprint(std::mt19937& rng) {
  Fingerprint fp;
  for (auto& slot : fp.sketch) slot = random_slot(rng);
  return fp;
}

// `original` with `changed` slots (the first ones) given fresh values.
inline Fingerprint near_copy(const Fingerprint& original, int changed, std::mt19937& rng) {
  Fingerprint copy = original;
  for (int i = 0; i < changed; ++i) copy.sketch[static_cast<std::size_t>(i)] = random_slot(rng);
  return copy;
}

}  // namespace firsthand::test
