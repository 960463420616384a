// Article fingerprints: compact, versioned signatures of an article's text that the comparison, the index
// and pack files work from, so that no article text needs to be stored or shared.
//
// Contract used by the index and packs (index.h, pack.h): `sketch` is a fixed-size one-permutation MinHash
// of 32-bit values (LSH bands are cut from it), and serialize/deserialize give a stable little-endian byte
// form that starts with the version. Everything else in the struct belongs to the fingerprint module.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "firsthand/article.h"
#include "firsthand/result.h"

namespace firsthand {

struct Fingerprint {
  static constexpr std::uint16_t kVersion = 1;
  static constexpr std::size_t kSketchSlots = 32;
  static constexpr std::uint32_t kEmptySlot = 0xFFFFFFFFu;

  std::array<std::uint32_t, kSketchSlots> sketch{};  // resemblance sketch over word shingles
};

Fingerprint fingerprint(const Article& article);

// Appends the compact byte form to `out`.
void serialize(const Fingerprint& fp, std::string& out);
// Parses one fingerprint from the start of `bytes`; never trusts it. `consumed` gets the bytes used.
Result<Fingerprint> deserialize(std::string_view bytes, std::size_t* consumed = nullptr);

// Estimated Jaccard resemblance of the two articles' shingle sets, from the sketches alone.
double sketch_resemblance(const Fingerprint& a, const Fingerprint& b);

}  // namespace firsthand
