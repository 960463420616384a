// Band tables of the known-article index (see lsh_bands.h for the design).
#include "firsthand/index/lsh_bands.h"

#include <algorithm>
#include <iterator>

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

template <class Entry>
bool by_key(const Entry& a, const Entry& b) {
  return a.key < b.key;
}

// The entries with `key`, as a mutable or const range depending on `entries`.
template <class Entries>
auto key_range(Entries& entries, std::uint32_t key) {
  using Entry = typename std::remove_const_t<Entries>::value_type;
  return std::equal_range(entries.begin(), entries.end(), Entry{key, 0}, by_key<Entry>);
}

// Stable LSD radix sort by key, four 8-bit passes: ids inserted in increasing order stay ordered within a key,
// the 256-entry histograms stay in cache, and a million entries sort in milliseconds (std::stable_sort was
// several times slower and dominated pack load time).
template <class Entry>
void stable_sort_by_key(std::vector<Entry>& entries, std::vector<Entry>& scratch) {
  scratch.resize(entries.size());
  for (int shift = 0; shift < 32; shift += 8) {
    std::size_t start[257] = {};
    for (const Entry& e : entries) ++start[((e.key >> shift) & 0xFFu) + 1];
    for (std::size_t i = 1; i < 257; ++i) start[i] += start[i - 1];
    for (const Entry& e : entries) scratch[start[(e.key >> shift) & 0xFFu]++] = e;
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

void LshBands::insert(std::uint32_t id, const Sketch& sketch) {
  for (std::size_t b = 0; b < bands_.size(); ++b) {
    std::uint32_t key;
    if (!band_key(sketch, b, key)) continue;
    std::vector<Run>& runs = bands_[b].runs;
    Run run{Entry{key, id}};
    while (!runs.empty() && runs.back().size() <= run.size()) {
      Run merged;
      merged.reserve(runs.back().size() + run.size());
      std::merge(runs.back().begin(), runs.back().end(), run.begin(), run.end(), std::back_inserter(merged),
                 by_key<Entry>);
      std::erase_if(merged, [](const Entry& e) { return e.id == kTombstone; });
      run = std::move(merged);
      runs.pop_back();
    }
    runs.push_back(std::move(run));
  }
}

void LshBands::erase(std::uint32_t id, const Sketch& sketch) {
  for (std::size_t b = 0; b < bands_.size(); ++b) {
    std::uint32_t key;
    if (!band_key(sketch, b, key)) continue;
    for (Run& run : bands_[b].runs) {
      auto [first, last] = key_range(run, key);
      for (auto it = first; it != last; ++it)
        if (it->id == id) it->id = kTombstone;
    }
  }
}

void LshBands::rebuild(std::span<const Sketch> sketches) {
  Run scratch;
  for (std::size_t b = 0; b < bands_.size(); ++b) {
    Run run;
    run.reserve(sketches.size());
    for (std::size_t id = 0; id < sketches.size(); ++id) {
      std::uint32_t key;
      if (band_key(sketches[id], b, key)) run.push_back(Entry{key, static_cast<std::uint32_t>(id)});
    }
    stable_sort_by_key(run, scratch);
    bands_[b].runs.clear();
    bands_[b].runs.push_back(std::move(run));
  }
}

bool LshBands::collect(const Sketch& sketch, std::size_t limit, std::vector<std::uint32_t>& out) const {
  for (std::size_t b = 0; b < bands_.size(); ++b) {
    std::uint32_t key;
    if (!band_key(sketch, b, key)) continue;
    for (const Run& run : bands_[b].runs) {
      auto [first, last] = key_range(run, key);
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
  for (const Band& band : bands_)
    for (const Run& run : band.runs) bytes += run.capacity() * sizeof(Entry);
  return bytes;
}

}  // namespace firsthand
