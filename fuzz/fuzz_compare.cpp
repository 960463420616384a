// Fuzzes the comparison of two arbitrary texts: each half of the input (split at the first NUL byte, or in
// the middle) goes through the text producer, extraction and fingerprinting, then the two are compared.
// Properties: resemblance is a probability, symmetric, and a fingerprint survives its own byte form.
#include <cstring>

#include "firsthand/extract.h"
#include "firsthand/fingerprint.h"
#include "firsthand/text_producer.h"
#include "fuzz_support.h"

using namespace firsthand;

namespace {

Fingerprint fingerprint_of(std::string_view text) {
  const Article article = extract(page_from_text(text));
  fuzz::check_article(article);
  return fingerprint(article);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  const auto input = fuzz::as_text(data, size);
  const auto nul = input.find('\0');
  const std::size_t split = nul == std::string_view::npos ? size / 2 : nul;
  const Fingerprint a = fingerprint_of(input.substr(0, split));
  const Fingerprint b = fingerprint_of(input.substr(std::min(size, split + 1)));

  const double ab = sketch_resemblance(a, b);
  fuzz::require(ab >= 0.0 && ab <= 1.0, "resemblance outside [0, 1]");
  fuzz::require(ab == sketch_resemblance(b, a), "resemblance is not symmetric");

  std::string bytes;
  serialize(a, bytes);
  std::size_t consumed = 0;
  auto back = deserialize(bytes, &consumed);
  fuzz::require(back.ok() && consumed == bytes.size(), "a serialized fingerprint does not load");
  fuzz::require(back->sketch == a.sketch, "fingerprint round trip changed the sketch");
  // The byte form is untrusted when it comes from a pack: parsing the raw input must fail or succeed cleanly.
  (void)deserialize(input, &consumed);
  return 0;
}
