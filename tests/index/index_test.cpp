// Known-article index: add, query, removal, replacement by URL, merge and capacity, built from sketches set
// directly so the index is tested on its own contract (fixed-size sketch + sketch_resemblance).
#include <catch2/catch.hpp>

#include <random>

#include "firsthand/index.h"
#include "sketch_fixtures.h"

using namespace firsthand;
using firsthand::test::near_copy;
using firsthand::test::random_fingerprint;

namespace {

Metadata meta_for(const std::string& slug) {
  Metadata meta;
  meta.title = "Story " + slug;
  meta.site_name = "Site of " + slug;
  meta.canonical_url = "https://example.test/" + slug;
  meta.date = "2025-03-04";
  meta.credit = slug == "wire" ? "Northwire" : "";
  return meta;
}

}  // namespace

TEST_CASE("a near-duplicate is found first and unrelated articles are not returned", "[index]") {
  ArticleIndex index(IndexOptions{.exhaustive_below = 0});  // the band path: only the copy is a candidate
  std::mt19937 rng(7);
  const Fingerprint original = random_fingerprint(rng);
  for (int i = 0; i < 500; ++i) REQUIRE(index.add(meta_for("other-" + std::to_string(i)), random_fingerprint(rng)));
  const ArticleId original_id = index.add(meta_for("wire"), original).value();

  const Fingerprint copy = near_copy(original, 6, rng);  // 26 of 32 slots kept
  QueryStats stats;
  const auto matches = index.query(copy, 5, 0.2, &stats);
  REQUIRE(matches.size() == 1);
  CHECK(matches[0].id == original_id);
  CHECK(matches[0].resemblance == Approx(26.0 / 32.0));
  CHECK(stats.candidates == 1);
  CHECK_FALSE(stats.truncated);
  CHECK(index.metadata(original_id).credit == "Northwire");
  CHECK(index.query(random_fingerprint(rng), 5).empty());
}

TEST_CASE("query ranks candidates by resemblance and honours k and the threshold", "[index]") {
  ArticleIndex index;
  std::mt19937 rng(11);
  const Fingerprint original = random_fingerprint(rng);
  std::vector<ArticleId> ids;
  for (int changed : {2, 8, 14, 26})
    ids.push_back(index.add(meta_for("copy-" + std::to_string(changed)), near_copy(original, changed, rng)).value());

  const auto top2 = index.query(original, 2, 0.0);
  REQUIRE(top2.size() == 2);
  CHECK(top2[0].id == ids[0]);
  CHECK(top2[1].id == ids[1]);
  for (const Candidate& c : index.query(original, 10, 0.5)) CHECK(c.resemblance >= 0.5);
  CHECK(index.query(original, 10, 0.5).size() == 3);
}

TEST_CASE("removed articles are no longer found, and re-adding a URL replaces the old record", "[index]") {
  ArticleIndex index;
  std::mt19937 rng(3);
  const Fingerprint a = random_fingerprint(rng);
  const Fingerprint b = random_fingerprint(rng);
  const ArticleId a_id = index.add(meta_for("a"), a).value();
  const ArticleId b_id = index.add(meta_for("b"), b).value();
  REQUIRE(index.size() == 2);

  CHECK(index.remove(a_id));
  CHECK_FALSE(index.remove(a_id));
  CHECK_FALSE(index.contains(a_id));
  CHECK(index.size() == 1);
  CHECK(index.query(a, 5).empty());
  CHECK_FALSE(index.find_url("https://example.test/a"));
  CHECK(index.query(b, 5).at(0).id == b_id);

  const Fingerprint b_updated = near_copy(b, 4, rng);
  const ArticleId b2_id = index.add(meta_for("b"), b_updated).value();
  CHECK(index.size() == 1);
  CHECK_FALSE(index.contains(b_id));
  CHECK(index.find_url("https://example.test/b") == b2_id);
  CHECK(index.query(b_updated, 5).at(0).id == b2_id);
}

TEST_CASE("thousands of additions and removals keep queries exact", "[index]") {
  // Crosses the band tables' merge threshold (4096 recent entries) and the self-compaction point.
  ArticleIndex index;
  std::mt19937 rng(5);
  std::vector<Fingerprint> kept;
  for (int i = 0; i < 6000; ++i) {
    const Fingerprint fp = random_fingerprint(rng);
    const ArticleId id = index.add(meta_for(std::to_string(i)), fp).value();
    if (i % 3 == 0)
      kept.push_back(fp);
    else
      REQUIRE(index.remove(id));
  }
  CHECK(index.size() == kept.size());
  for (const Fingerprint& fp : kept) {
    const auto matches = index.query(fp, 1);
    REQUIRE(matches.size() == 1);
    CHECK(matches[0].resemblance == 1.0);
    CHECK(index.sketch(matches[0].id) == fp.sketch);
  }
}

TEST_CASE("stored fingerprints and metadata come back, and long titles are cut on a UTF-8 boundary", "[index]") {
  ArticleIndex index;
  std::mt19937 rng(9);
  const Fingerprint fp = random_fingerprint(rng);
  Metadata meta = meta_for("long");
  meta.title = std::string(kMaxMetadataFieldBytes - 1, 'a') + "\xC3\xA9tude";  // é straddles the limit
  const ArticleId id = index.add(meta, fp).value();
  CHECK(index.metadata(id).title == std::string(kMaxMetadataFieldBytes - 1, 'a'));
  CHECK(index.metadata(id).canonical_url == meta.canonical_url);
  auto back = index.fingerprint(id);
  REQUIRE(back.ok());
  CHECK(back->sketch == fp.sketch);
  CHECK_FALSE(index.fingerprint(id + 1).ok());
}

TEST_CASE("merge adds the other index's live articles, all or nothing at capacity", "[index]") {
  std::mt19937 rng(13);
  ArticleIndex history;
  ArticleIndex pack;
  const Fingerprint read_earlier = random_fingerprint(rng);
  const Fingerprint from_pack = random_fingerprint(rng);
  history.add(meta_for("history"), read_earlier);
  pack.add(meta_for("pack"), from_pack);
  const ArticleId gone = pack.add(meta_for("gone"), random_fingerprint(rng)).value();
  pack.add(meta_for("history"), near_copy(read_earlier, 3, rng));  // same URL as history's: replaces it
  pack.remove(gone);

  auto added = history.merge(pack);
  REQUIRE(added.ok());
  CHECK(added.value() == 2);
  CHECK(history.size() == 2);
  CHECK(history.metadata(history.query(from_pack, 1).at(0).id).title == "Story pack");
  CHECK_FALSE(history.find_url("https://example.test/gone"));

  ArticleIndex small(IndexOptions{.max_articles = 2});
  small.add(meta_for("x"), random_fingerprint(rng));
  auto refused = small.merge(pack);
  CHECK_FALSE(refused.ok());
  CHECK(refused.error().find("capacity") != std::string::npos);
  CHECK(small.size() == 1);
}

TEST_CASE("a full index refuses additions with an error", "[index]") {
  std::mt19937 rng(17);
  ArticleIndex index(IndexOptions{.max_articles = 3});
  for (int i = 0; i < 3; ++i) REQUIRE(index.add(meta_for(std::to_string(i)), random_fingerprint(rng)));
  auto refused = index.add(meta_for("extra"), random_fingerprint(rng));
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().find("full") != std::string::npos);
}

TEST_CASE("sketches with empty slots do not collide through them", "[index]") {
  // Very short texts leave slots empty; bands made only of empty slots must not make every short text a candidate.
  ArticleIndex index(IndexOptions{.exhaustive_below = 0});
  Fingerprint short_a;
  Fingerprint short_b;
  short_a.sketch.fill(Fingerprint::kEmptySlot);
  short_b.sketch.fill(Fingerprint::kEmptySlot);
  short_a.sketch[0] = 11;
  short_b.sketch[0] = 22;
  index.add(meta_for("short-a"), short_a);
  QueryStats stats;
  index.query(short_b, 5, 0.0, &stats);
  CHECK(stats.band_hits == 0);
}

TEST_CASE("a small index verifies every article, so low-resemblance rewrites still come back", "[index]") {
  std::mt19937 rng(23);
  const Fingerprint original = random_fingerprint(rng);
  Fingerprint rewrite = near_copy(original, 32, rng);
  rewrite.sketch[0] = original.sketch[0];  // 2 of 32 slots kept, in different bands of two rows: no band collides
  rewrite.sketch[2] = original.sketch[2];
  ArticleIndex small;
  ArticleIndex banded(IndexOptions{.exhaustive_below = 0});
  for (ArticleIndex* index : {&small, &banded}) {
    index->add(meta_for("original"), original);
    for (int i = 0; i < 50; ++i) index->add(meta_for("other-" + std::to_string(i)), random_fingerprint(rng));
  }
  QueryStats stats;
  const auto found = small.query(rewrite, 1, 0.05, &stats);
  REQUIRE(found.size() == 1);
  CHECK(small.metadata(found[0].id).title == "Story original");
  CHECK(stats.candidates == 51);
  CHECK(banded.query(rewrite, 1, 0.05).empty());
}
