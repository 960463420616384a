// Pack candidates for `check` (see pack_candidates.h).
#include "pack_candidates.h"

#include "firsthand/index.h"
#include "pack_files.h"

namespace firsthand::cli {

Result<std::vector<KnownArticle>> pack_candidates(const std::string& pack_path, const Article& page) {
  using R = Result<std::vector<KnownArticle>>;
  auto index = load_pack_file(pack_path);
  if (!index) return R::failure(index.error());
  // Any shared band makes a candidate (threshold 0): a spun copy or a rewrite can have a low sketch
  // resemblance overall, and the comparison, not the sketch, decides what the relation is.
  std::vector<KnownArticle> known;
  for (const Candidate& c : index->query(fingerprint(page), kPackCandidates, 0.0)) {
    Metadata meta = index->metadata(c.id);
    if (is_same_article(page.meta, meta, c.resemblance)) continue;
    auto fp = index->fingerprint(c.id);
    if (!fp) continue;
    KnownArticle k;
    k.meta = std::move(meta);
    k.label = pack_path + ": " + (k.meta.canonical_url.empty() ? k.meta.title : k.meta.canonical_url);
    k.fingerprint = std::move(fp).value();
    known.push_back(std::move(k));
  }
  return known;
}

}  // namespace firsthand::cli
