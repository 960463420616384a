// Stage 5 of 7, index: the known articles (history, packs) and the candidates they give a page. Includes only
// the stages before it.
//
// The known-article index: articles the engine knows (the reader's history, imported packs), each kept as the
// metadata a verdict needs plus its fingerprint, never its text. A query returns the top-k candidates for a
// page: LSH over sketch bands (lsh_bands.h) proposes, the exact sketch resemblance verifies and ranks.
//
// Memory is columnar and bounded: one fixed-size sketch per article, one string arena for the metadata and
// the serialized fingerprints, and the band tables (8 bytes per article per band). The layout is the same as
// a pack file's sections (pack.h), so loading a pack copies arrays instead of parsing records. No threads, no
// mmap, no exceptions: the same code runs in WebAssembly.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "firsthand/extract/article.h"
#include "firsthand/fingerprint.h"
#include "firsthand/index/lsh_bands.h"
#include "firsthand/result.h"

namespace firsthand {

using ArticleId = std::uint32_t;

// The metadata fields stored per known article, in storage (and pack) order.
enum class TextField : std::uint32_t { Title, SiteName, Url, Date, Credit, Count };
inline constexpr std::size_t kTextFieldCount = static_cast<std::size_t>(TextField::Count);
inline constexpr std::size_t kMaxMetadataFieldBytes = 2048;  // longer titles/URLs are cut (UTF-8 safe)

// Columnar storage of articles 0..n-1. A pack file holds the four stored arrays as they are; the sketches
// are read back out of the serialized fingerprints, which both validates them and keeps the sketch from
// being stored twice (the compact fingerprint tier already carries it).
struct ArticleRecords {
  std::vector<std::uint32_t> text_ends;         // kTextFieldCount per article: cumulative end offsets in `texts`
  std::string texts;
  std::vector<std::uint32_t> fingerprint_ends;  // one per article: cumulative end offsets in `fingerprints`
  std::string fingerprints;                     // serialize() of each article's fingerprint
  std::vector<Sketch> sketches;                 // derived: the band tables and the verification read these

  std::size_t size() const { return fingerprint_ends.size(); }
  std::string_view text(std::size_t article, TextField field) const;
  std::string_view fingerprint_bytes(std::size_t article) const;
  void append(const Metadata& meta, const Fingerprint& fp);
  void append_stored(const ArticleRecords& from, std::size_t article);  // copies the stored forms as they are
};

struct IndexOptions {
  std::size_t rows_per_band = 2;        // 32 slots -> 16 bands: found with p >= 0.99 at resemblance 0.5
  std::size_t max_articles = 8'000'000;  // add() refuses beyond this
  std::size_t max_candidates = 4096;     // band hits examined per query: bounds the latency on degenerate input
  // Up to this many articles every one is verified instead of asking the bands: as fast as LSH at this size
  // (about 0.1 ms), and it also finds rewrites whose resemblance is too low for any band to collide.
  std::size_t exhaustive_below = 4096;
};

struct Candidate {
  ArticleId id;
  double resemblance;  // estimated Jaccard resemblance from the sketches
};

struct QueryStats {
  std::size_t band_hits = 0;    // (article, band) collisions examined
  std::size_t candidates = 0;   // distinct articles verified
  bool truncated = false;       // max_candidates cut the examination short
};

// A known article that is the page itself: its URL, or nearly all its text under the same title, site and
// date (read before, or packed from a saved copy of it). It says nothing about where the page's text came
// from, so candidate searches skip it. A scraper keeps title and text but not the site, so it still counts.
bool is_same_article(const Metadata& page, const Metadata& known, double resemblance);

class ArticleIndex {
 public:
  explicit ArticleIndex(IndexOptions options = {});

  // Adds an article; an article already known under the same non-empty URL is replaced. Ids stay valid until
  // removed articles outnumber live ones, when add() compacts the storage and renumbers: hold URLs, not ids.
  Result<ArticleId> add(const Metadata& meta, const Fingerprint& fp);
  bool remove(ArticleId id);  // false when the id is not a live article
  // Adds every article of `other`; all or nothing when the capacity would be exceeded. Returns the count.
  Result<std::size_t> merge(const ArticleIndex& other);

  // Up to k articles with sketch resemblance >= min_resemblance to `page`, best first.
  std::vector<Candidate> query(const Fingerprint& page, std::size_t k, double min_resemblance = 0.2,
                               QueryStats* stats = nullptr) const;

  std::size_t size() const { return live_count_; }
  ArticleId id_bound() const { return static_cast<ArticleId>(records_.size()); }  // every id is below this
  bool contains(ArticleId id) const { return id < live_.size() && live_[id]; }
  std::optional<ArticleId> find_url(std::string_view url) const;
  Metadata metadata(ArticleId id) const;  // title, site_name, canonical_url, date, credit
  Result<Fingerprint> fingerprint(ArticleId id) const;
  const Sketch& sketch(ArticleId id) const { return records_.sketches[id]; }
  const IndexOptions& options() const { return options_; }
  std::size_t memory_bytes() const;

  // The live articles renumbered 0..size()-1 (what a pack stores), and the way back: from_records checks the
  // offsets and deserializes every fingerprint (refusing the whole set if one is unreadable).
  ArticleRecords compacted_records() const;
  static Result<ArticleIndex> from_records(ArticleRecords records, IndexOptions options = {});

 private:
  void remember_url(ArticleId id);

  IndexOptions options_;
  ArticleRecords records_;
  std::vector<bool> live_;
  std::size_t live_count_ = 0;
  LshBands bands_;
  std::unordered_multimap<std::uint64_t, ArticleId> ids_by_url_hash_;
};

}  // namespace firsthand
