// Locality-sensitive hashing over sketch bands: the sketch's slots are cut into bands of `rows_per_band`
// slots, and two articles become candidates when any band is identical. For resemblance s the chance of
// being found is 1 - (1 - s^r)^b (r rows, b bands), so near-duplicates are found almost surely while
// unrelated articles almost never collide.
//
// Each band holds (band key, article id) pairs, 8 bytes per article per band, in sorted runs kept by the
// logarithmic method (a binary counter of runs: adding makes a run of one and merges equal-sized runs), so an
// addition moves O(log n) entries amortised and a query is one binary search per run (at most log2 n runs).
// A loaded pack is a single run per band. Removal marks the entry with a tombstone (no memmove); tombstones
// are dropped when their run is next merged.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "firsthand/fingerprint.h"

namespace firsthand {

using Sketch = decltype(Fingerprint::sketch);

class LshBands {
 public:
  explicit LshBands(std::size_t rows_per_band);

  std::size_t rows_per_band() const { return rows_; }
  std::size_t band_count() const { return bands_.size(); }

  void insert(std::uint32_t id, const Sketch& sketch);
  void erase(std::uint32_t id, const Sketch& sketch);
  // Replaces the contents with sketches[i] under id i, built in one pass (pack loading).
  void rebuild(std::span<const Sketch> sketches);

  // Appends to `out` the ids sharing at least one band with `sketch`, at most `limit` of them (ids can repeat
  // when several bands match; the caller deduplicates). Returns false when the limit cut the list short.
  bool collect(const Sketch& sketch, std::size_t limit, std::vector<std::uint32_t>& out) const;

  std::size_t memory_bytes() const;

 private:
  struct Entry {
    std::uint32_t key;
    std::uint32_t id;
  };
  using Run = std::vector<Entry>;  // sorted by key
  struct Band {
    std::vector<Run> runs;  // sizes decrease from front to back
  };
  static constexpr std::uint32_t kTombstone = 0xFFFFFFFFu;

  // The band's key, or nothing when a slot of the band is empty (too few shingles to fill it): empty slots
  // would make every short article collide with every other.
  bool band_key(const Sketch& sketch, std::size_t band, std::uint32_t& key) const;

  std::size_t rows_;
  std::vector<Band> bands_;
};

}  // namespace firsthand
