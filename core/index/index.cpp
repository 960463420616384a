// The known-article index (see index.h): columnar records, LSH band tables, URL lookup, top-k verified query.
#include "firsthand/index.h"

#include <algorithm>
#include <functional>
#include <limits>

#include "firsthand/page.h"

namespace firsthand {
namespace {

constexpr std::uint64_t kMaxArenaBytes = std::numeric_limits<std::uint32_t>::max();  // offsets are 32-bit

// Cuts at most `limit` bytes without splitting a UTF-8 sequence.
std::string_view utf8_prefix(std::string_view s, std::size_t limit) {
  if (s.size() <= limit) return s;
  std::size_t end = limit;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0u) == 0x80u) --end;
  return s.substr(0, end);
}

std::uint64_t url_hash(std::string_view url) { return std::hash<std::string_view>{}(url); }

std::string_view slice(const std::vector<std::uint32_t>& ends, const std::string& arena, std::size_t slot) {
  const std::uint32_t begin = slot == 0 ? 0 : ends[slot - 1];
  return std::string_view(arena).substr(begin, ends[slot] - begin);
}

// Offsets must be non-decreasing and inside the arena, so every slice() of them is in bounds.
bool ends_are_consistent(const std::vector<std::uint32_t>& ends, std::size_t arena_bytes) {
  std::uint32_t previous = 0;
  for (std::uint32_t end : ends) {
    if (end < previous || end > arena_bytes) return false;
    previous = end;
  }
  return true;
}

}  // namespace

std::string_view ArticleRecords::text(std::size_t article, TextField field) const {
  return slice(text_ends, texts, article * kTextFieldCount + static_cast<std::size_t>(field));
}

std::string_view ArticleRecords::fingerprint_bytes(std::size_t article) const {
  return slice(fingerprint_ends, fingerprints, article);
}

void ArticleRecords::append(const Metadata& meta, const Fingerprint& fp) {
  const std::string_view fields[] = {meta.title, meta.site_name, meta.canonical_url, meta.date, meta.credit};
  for (std::string_view field : fields) {
    texts += utf8_prefix(field, kMaxMetadataFieldBytes);
    text_ends.push_back(static_cast<std::uint32_t>(texts.size()));
  }
  serialize(fp, fingerprints);
  fingerprint_ends.push_back(static_cast<std::uint32_t>(fingerprints.size()));
  sketches.push_back(fp.sketch);
}

void ArticleRecords::append_stored(const ArticleRecords& from, std::size_t article) {
  for (std::size_t f = 0; f < kTextFieldCount; ++f) {
    texts += from.text(article, static_cast<TextField>(f));
    text_ends.push_back(static_cast<std::uint32_t>(texts.size()));
  }
  fingerprints += from.fingerprint_bytes(article);
  fingerprint_ends.push_back(static_cast<std::uint32_t>(fingerprints.size()));
  sketches.push_back(from.sketches[article]);
}

ArticleIndex::ArticleIndex(IndexOptions options) : options_(options), bands_(options.rows_per_band) {}

Result<ArticleId> ArticleIndex::add(const Metadata& meta, const Fingerprint& fp) {
  using R = Result<ArticleId>;
  // Removed articles still hold their slots; compacting renumbers ids, so it happens only when they dominate.
  if (records_.size() - live_count_ > std::max<std::size_t>(live_count_, 1024)) {
    auto compacted = from_records(compacted_records(), options_);
    if (compacted) *this = std::move(compacted).value();
  }
  if (live_count_ >= options_.max_articles)
    return R::failure("the index is full (" + std::to_string(options_.max_articles) + " articles)");
  if (records_.texts.size() + kTextFieldCount * kMaxMetadataFieldBytes > kMaxArenaBytes ||
      records_.fingerprints.size() + (1u << 20) > kMaxArenaBytes)
    return R::failure("the index's string storage is full (4 GB)");
  if (!meta.canonical_url.empty())
    if (auto existing = find_url(meta.canonical_url)) remove(*existing);

  const auto id = static_cast<ArticleId>(records_.size());
  records_.append(meta, fp);
  live_.push_back(true);
  ++live_count_;
  bands_.insert(id, fp.sketch);
  remember_url(id);
  return id;
}

void ArticleIndex::remember_url(ArticleId id) {
  const std::string_view url = records_.text(id, TextField::Url);
  if (!url.empty()) ids_by_url_hash_.emplace(url_hash(url), id);
}

bool ArticleIndex::remove(ArticleId id) {
  if (!contains(id)) return false;
  live_[id] = false;
  --live_count_;
  bands_.erase(id, records_.sketches[id]);
  const std::string_view url = records_.text(id, TextField::Url);
  auto [first, last] = ids_by_url_hash_.equal_range(url_hash(url));
  for (auto it = first; it != last; ++it)
    if (it->second == id) {
      ids_by_url_hash_.erase(it);
      break;
    }
  return true;
}

std::optional<ArticleId> ArticleIndex::find_url(std::string_view url) const {
  if (url.empty()) return std::nullopt;
  auto [first, last] = ids_by_url_hash_.equal_range(url_hash(url));
  for (auto it = first; it != last; ++it)
    if (records_.text(it->second, TextField::Url) == url) return it->second;
  return std::nullopt;
}

Result<std::size_t> ArticleIndex::merge(const ArticleIndex& other) {
  using R = Result<std::size_t>;
  if (&other == this) return std::size_t{0};
  if (live_count_ + other.size() > options_.max_articles)
    return R::failure("merging " + std::to_string(other.size()) + " articles would exceed the index capacity (" +
                      std::to_string(options_.max_articles) + ")");
  if (records_.texts.size() + other.records_.texts.size() > kMaxArenaBytes / 2 ||
      records_.fingerprints.size() + other.records_.fingerprints.size() > kMaxArenaBytes / 2)
    return R::failure("merging would exceed the index's string storage");
  std::size_t added = 0;
  for (ArticleId id = 0; id < other.id_bound(); ++id) {
    if (!other.contains(id)) continue;
    auto fp = other.fingerprint(id);
    if (!fp) continue;  // unreadable fingerprint bytes: the record cannot be compared, so it is not carried over
    if (add(other.metadata(id), fp.value())) ++added;
  }
  return added;
}

std::vector<Candidate> ArticleIndex::query(const Fingerprint& page, std::size_t k, double min_resemblance,
                                           QueryStats* stats) const {
  std::vector<ArticleId> ids;
  bool complete = true;
  if (live_count_ <= options_.exhaustive_below) {
    for (ArticleId id = 0; id < id_bound(); ++id)
      if (live_[id]) ids.push_back(id);
  } else {
    complete = bands_.collect(page.sketch, options_.max_candidates, ids);
  }
  const std::size_t hits = ids.size();
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());

  std::vector<Candidate> matches;
  Fingerprint known;
  for (ArticleId id : ids) {
    known.sketch = records_.sketches[id];
    const double resemblance = sketch_resemblance(page, known);
    if (resemblance >= min_resemblance) matches.push_back({id, resemblance});
  }
  const std::size_t keep = std::min(k, matches.size());
  std::partial_sort(matches.begin(), matches.begin() + static_cast<std::ptrdiff_t>(keep), matches.end(),
                    [](const Candidate& a, const Candidate& b) {
                      return a.resemblance != b.resemblance ? a.resemblance > b.resemblance : a.id < b.id;
                    });
  matches.resize(keep);
  if (stats) *stats = {hits, ids.size(), !complete};
  return matches;
}

Metadata ArticleIndex::metadata(ArticleId id) const {
  // A pack's checksums prove integrity, not honesty: text from a pack is made valid UTF-8 before anyone shows it.
  Metadata meta;
  meta.title = sanitize_utf8(records_.text(id, TextField::Title));
  meta.site_name = sanitize_utf8(records_.text(id, TextField::SiteName));
  meta.canonical_url = sanitize_utf8(records_.text(id, TextField::Url));
  meta.date = sanitize_utf8(records_.text(id, TextField::Date));
  meta.credit = sanitize_utf8(records_.text(id, TextField::Credit));
  return meta;
}

Result<Fingerprint> ArticleIndex::fingerprint(ArticleId id) const {
  if (!contains(id)) return Result<Fingerprint>::failure("no article with id " + std::to_string(id));
  return deserialize(records_.fingerprint_bytes(id));
}

std::size_t ArticleIndex::memory_bytes() const {
  return records_.sketches.capacity() * sizeof(Sketch) +
         (records_.text_ends.capacity() + records_.fingerprint_ends.capacity()) * sizeof(std::uint32_t) +
         records_.texts.capacity() + records_.fingerprints.capacity() + live_.capacity() / 8 + bands_.memory_bytes() +
         ids_by_url_hash_.size() * (sizeof(std::uint64_t) + sizeof(ArticleId) + 2 * sizeof(void*)) +
         ids_by_url_hash_.bucket_count() * sizeof(void*);
}

ArticleRecords ArticleIndex::compacted_records() const {
  if (live_count_ == records_.size()) return records_;
  ArticleRecords out;
  for (ArticleId id = 0; id < id_bound(); ++id)
    if (live_[id]) out.append_stored(records_, id);
  return out;
}

Result<ArticleIndex> ArticleIndex::from_records(ArticleRecords records, IndexOptions options) {
  using R = Result<ArticleIndex>;
  const std::size_t count = records.size();
  if (count > options.max_articles)
    return R::failure(std::to_string(count) + " articles exceed the index capacity (" +
                      std::to_string(options.max_articles) + ")");
  if (records.text_ends.size() != count * kTextFieldCount)
    return R::failure("article records are inconsistent: metadata table does not match the article count");
  if (!ends_are_consistent(records.text_ends, records.texts.size()) ||
      !ends_are_consistent(records.fingerprint_ends, records.fingerprints.size()))
    return R::failure("article records are inconsistent: string offsets out of order or out of bounds");
  if (records.sketches.size() != count) {
    records.sketches.resize(count);
    for (std::size_t i = 0; i < count; ++i) {
      auto fp = deserialize(records.fingerprint_bytes(i));
      if (!fp) return R::failure("article " + std::to_string(i) + ": " + fp.error());
      records.sketches[i] = fp->sketch;
    }
  }
  ArticleIndex index(options);
  index.records_ = std::move(records);
  index.live_.assign(count, true);
  index.live_count_ = count;
  index.bands_.rebuild(index.records_.sketches);
  index.ids_by_url_hash_.reserve(count);
  for (ArticleId id = 0; id < index.id_bound(); ++id) index.remember_url(id);
  return index;
}

bool is_same_article(const Metadata& page, const Metadata& known, double resemblance) {
  constexpr double kSelfResemblance = 0.9;
  if (!known.canonical_url.empty() && known.canonical_url == page.canonical_url) return true;
  return resemblance >= kSelfResemblance && known.title == page.title && known.site_name == page.site_name &&
         known.date == page.date;
}

}  // namespace firsthand
