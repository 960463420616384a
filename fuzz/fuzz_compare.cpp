// Fuzzes the comparison of two arbitrary texts: each half of the input (split at the first NUL byte, or in
// the middle) goes through the text producer and extraction, then both are compared at the text level and
// at the fingerprint level (what history and packs store). Properties: confidences and resemblances are
// probabilities, resemblance is symmetric, the comparison serialises to JSON, and a fingerprint survives
// its own byte form while untrusted bytes parse or fail cleanly.
#include "firsthand/compare.h"
#include "firsthand/extract.h"
#include "firsthand/fingerprint.h"
#include "firsthand/page/text_producer.h"
#include "fuzz_support.h"

using namespace firsthand;

namespace {

Article article_of(std::string_view text) {
  Article article = extract(page_from_text(text));
  fuzz::check_article(article);
  return article;
}

void check_comparison(const Comparison& comparison) {
  fuzz::require(comparison.confidence >= 0.0 && comparison.confidence <= 1.0, "confidence outside [0, 1]");
  fuzz::require(relation_name(comparison.relation) != nullptr, "relation without a name");
  for (const auto& reason : comparison.reasons) fuzz::require(fuzz::valid_utf8(reason), "reason is not UTF-8");
  fuzz::require(!to_json(comparison).dump().empty(), "comparison JSON is empty");  // throws on bad UTF-8
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  const auto input = fuzz::as_text(data, size);
  const auto nul = input.find('\0');
  const std::size_t split = nul == std::string_view::npos ? size / 2 : nul;
  const Article a = article_of(input.substr(0, split));
  const Article b = article_of(input.substr(std::min(size, split + 1)));
  check_comparison(compare(a, b));

  const Fingerprint fa = fingerprint(a), fb = fingerprint(b);
  check_comparison(compare(ComparedSide{fa, a.meta}, ComparedSide{fb, b.meta}));
  const double ab = sketch_resemblance(fa, fb);
  fuzz::require(ab >= 0.0 && ab <= 1.0, "resemblance outside [0, 1]");
  fuzz::require(ab == sketch_resemblance(fb, fa), "resemblance is not symmetric");

  std::string bytes;
  serialize(fa, bytes);
  std::size_t consumed = 0;
  auto back = deserialize(bytes, &consumed);
  fuzz::require(back.ok() && consumed == bytes.size(), "a serialized fingerprint does not load");
  fuzz::require(back->sketch == fa.sketch, "fingerprint round trip changed the sketch");
  (void)deserialize(input, &consumed);  // a pack's bytes are untrusted: parse or fail, never crash
  return 0;
}
