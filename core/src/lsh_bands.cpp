// Band tables of the known-article index (see lsh_bands.h for the design).
#include "firsthand/lsh_bands.h"

#include <algorithm>

namespace firsthand {
namespace {

// splitmix64 finaliser: spreads the band's slot values over the 32-bit key space.
std::uint64_t mix(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xBF58476D1CE4E5B9ull;
  x ^= x >> 27;
  x *= 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

// The entries with `key`, as a mutable or const range depending on `entries`.
template <class Entries>
auto key_range(Entries& entries, std::uint32_t key) {
  using Entry = typename std::remove_const_t<Entries>::value_type;
  return std::equal_range(entries.begin(), entries.end(), Entry{key, 0},
                          [](const Entry& a, const Entry& b) { return a.key < b.key; });
}

// Stable LSD radix sort by key in two 16-bit passes: ids inserted in increasing order stay ordered within a key,
// and a million entries sort in a few milliseconds (std::sort would dominate pack load time).
template <class Entry>
void radix_sort_by_key(std::vector<Entry>& entries) {
  std::vector<Entry> scratch(entries.size());
  for (int shift : {0, 16}) {
    std::vector<std::size_t> start(65537, 0);
    for (const Entry& e : entries) ++start[((e.key >> shift) & 0xFFFFu) + 1];
    for (std::size_t i = 1; i < start.size(); ++i) start[i] += start[i - 1];
    for (const Entry& e : entries) scratch[start[(e.key >> shift) & 0xFFFFu]++] = e;
    entries.swap(scratch);
  }
}

}  // namespace

LshBands::LshBands(std::size_t rows_per_band)
    : rows_(std::clamp<std::size_t>(rows_per_band, 1, Fingerprint::kSketchSlots)),
      bands_(Fingerprint::kSketchSlots / rows_) {}

bool LshBands::band_key(const Sketch& sketch, std::size_t band, std::uint32_t& key) const {
  std::uint64_t h = band;
  for (std::size_t r = 0; r < rows_; ++r) {
    const std::uint32_t value = sketch[band * rows_ + r];
    if (value == Fingerprint::kEmptySlot) return false;
    h = mix(h ^ value);
  }
  key = static_cast<std::uint32_t>(h >> 32);
  return true;
}

void LshBands::settle(Band& band) {
  const auto middle = band.settled.insert(band.settled.end(), band.recent.begin(), band.recent.end());
  std::inplace_merge(band.settled.begin(), middle, band.settled.end(),
                     [](const Entry& a, const Entry& b) { return a.key < b.key; });
  std::erase_if(band.settled, [](const Entry& e) { return e.id == kTombstone; });
  band.recent.clear();
}

void LshBands::insert(std::uint32_t id, const Sketch& sketch) {
  for (std::size_t b = 0; b < bands_.size(); ++b) {
    std::uint32_t key;
    if (!band_key(sketch, b, key)) continue;
    Band& band = bands_[b];
    const auto at = key_range(band.recent, key).second;
    band.recent.insert(at, Entry{key, id});
    if (band.recent.size() >= kRecentCapacity) settle(band);
  }
}

void LshBands::erase(std::uint32_t id, const Sketch& sketch) {
  for (std::size_t b = 0; b < bands_.size(); ++b) {
    std::uint32_t key;
    if (!band_key(sketch, b, key)) continue;
    for (auto* entries : {&bands_[b].settled, &bands_[b].recent}) {
      auto [first, last] = key_range(*entries, key);
      for (auto it = first; it != last; ++it)
        if (it->id == id) it->id = kTombstone;
    }
  }
}

void LshBands::rebuild(std::span<const Sketch> sketches) {
  for (std::size_t b = 0; b < bands_.size(); ++b) {
    Band& band = bands_[b];
    band.recent.clear();
    band.settled.clear();
    band.settled.reserve(sketches.size());
    for (std::size_t id = 0; id < sketches.size(); ++id) {
      std::uint32_t key;
      if (band_key(sketches[id], b, key)) band.settled.push_back(Entry{key, static_cast<std::uint32_t>(id)});
    }
    radix_sort_by_key(band.settled);
  }
}

bool LshBands::collect(const Sketch& sketch, std::size_t limit, std::vector<std::uint32_t>& out) const {
  for (std::size_t b = 0; b < bands_.size(); ++b) {
    std::uint32_t key;
    if (!band_key(sketch, b, key)) continue;
    for (const auto* entries : {&bands_[b].settled, &bands_[b].recent}) {
      auto [first, last] = key_range(*entries, key);
      for (auto it = first; it != last; ++it) {
        if (it->id == kTombstone) continue;
        if (out.size() >= limit) return false;
        out.push_back(it->id);
      }
    }
  }
  return true;
}

std::size_t LshBands::memory_bytes() const {
  std::size_t bytes = 0;
  for (const Band& band : bands_) bytes += (band.settled.capacity() + band.recent.capacity()) * sizeof(Entry);
  return bytes;
}

}  // namespace firsthand
