// Fuzzes the pack loader with arbitrary bytes (a pack may come from anyone). Properties: a pack that loads also
// passes inspection, its articles can be queried, and saving it again gives a pack that loads to the same size.
#include "firsthand/index/pack.h"
#include "fuzz_support.h"

using namespace firsthand;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  const auto bytes = fuzz::as_text(data, size);
  const auto info = inspect_pack(bytes);
  auto index = load_pack(bytes);
  if (!index) {
    fuzz::require(!index.error().empty(), "pack refused without a message");
    return 0;
  }
  fuzz::require(info.ok(), "a pack that loads fails inspection");
  fuzz::require(index->size() == info->article_count, "loaded article count differs from the header");
  for (ArticleId id = 0; id < index->id_bound(); ++id) {
    if (!index->contains(id)) continue;
    fuzz::check_article(Article{.meta = index->metadata(id)});
    if (auto fp = index->fingerprint(id)) (void)index->query(fp.value(), 5);
  }
  auto again = load_pack(save_pack(index.value()));
  fuzz::require(again.ok() && again->size() == index->size(), "a re-saved pack does not load the same");
  return 0;
}
