// Bottom-k feature samples and the containment estimate between two of them (fingerprint.h). Both samples
// hold every feature value up to their threshold, so restricted to the smaller threshold they are exact
// samples of the same hash range, whatever their sizes.
#include <algorithm>

#include "firsthand/fingerprint.h"

namespace firsthand {
namespace {

struct Restricted {
  std::vector<std::uint32_t> a, b;
};

std::uint32_t threshold(const FeatureSample& s, int shift) {
  if (s.complete() || s.values.empty()) return 0xFFFFFFFFu >> shift;
  return s.values.back() >> shift;
}

Restricted restrict_to_common_range(const FeatureSample& a, const FeatureSample& b) {
  const int shift = (a.value_bits < 32 || b.value_bits < 32) ? 16 : 0;
  const auto narrow = [](const FeatureSample& s, int target_shift) {
    return s.value_bits == 32 ? target_shift : 0;  // 16-bit samples are already narrowed
  };
  const std::uint32_t limit = std::min(threshold(a, narrow(a, shift)), threshold(b, narrow(b, shift)));
  Restricted r;
  const auto take = [&](const FeatureSample& s, std::vector<std::uint32_t>& out) {
    const int sh = narrow(s, shift);
    for (std::uint32_t v : s.values) {
      const std::uint32_t x = v >> sh;
      if (x > limit) break;
      if (out.empty() || out.back() != x) out.push_back(x);
    }
  };
  take(a, r.a);
  take(b, r.b);
  return r;
}

std::size_t intersection_size(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
  std::size_t i = 0, j = 0, n = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) ++i;
    else if (b[j] < a[i]) ++j;
    else ++n, ++i, ++j;
  }
  return n;
}

}  // namespace

double containment(const FeatureSample& a, const FeatureSample& b) {
  if (a.values.empty() || b.values.empty()) return 0.0;
  const Restricted r = restrict_to_common_range(a, b);
  if (r.a.empty()) return 0.0;
  return static_cast<double>(intersection_size(r.a, r.b)) / static_cast<double>(r.a.size());
}

double shared_count(const FeatureSample& a, const FeatureSample& b) {
  return containment(a, b) * a.set_size;
}

}  // namespace firsthand
