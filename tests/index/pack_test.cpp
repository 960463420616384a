// Pack files: round trip, compaction, and refusal of every kind of damaged or hostile file with the caller's
// index left exactly as it was (flipped bytes, truncation at every header byte and section boundary, wrong
// magic, newer version, absurd counts, inconsistent offsets behind valid checksums).
#include <catch2/catch.hpp>

#include <random>

#include "firsthand/index/crc32.h"
#include "firsthand/index/pack.h"
#include "sketch_fixtures.h"

using namespace firsthand;
using firsthand::test::near_copy;
using firsthand::test::random_fingerprint;

namespace {

ArticleIndex sample_index(std::size_t count, unsigned seed) {
  std::mt19937 rng(seed);
  ArticleIndex index;
  for (std::size_t i = 0; i < count; ++i) {
    Metadata meta;
    meta.title = "Harbour barrier vote, part " + std::to_string(i);
    meta.site_name = i % 2 ? "The Harbour Herald" : "Northwire";
    meta.canonical_url = "https://news.example/" + std::to_string(seed) + "/" + std::to_string(i);
    meta.date = "2025-03-0" + std::to_string(1 + i % 9);
    meta.credit = i % 3 == 0 ? "Northwire" : "";
    index.add(meta, random_fingerprint(rng));
  }
  return index;
}

void put_u32(std::string& bytes, std::size_t at, std::uint32_t value) {
  for (int i = 0; i < 4; ++i) bytes[at + i] = static_cast<char>((value >> (8 * i)) & 0xFF);
}
std::uint32_t get_u32(const std::string& bytes, std::size_t at) {
  std::uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v |= std::uint32_t{static_cast<unsigned char>(bytes[at + i])} << (8 * i);
  return v;
}
std::uint64_t get_u64(const std::string& bytes, std::size_t at) {
  return get_u32(bytes, at) | std::uint64_t{get_u32(bytes, at + 4)} << 32;
}

std::size_t table_end(const std::string& pack) { return kPackHeaderBytes + get_u32(pack, 20) * kPackSectionEntryBytes; }

// Recomputes the header checksum so a test reaches the check behind it (a hostile file, not a damaged one).
void reseal_header(std::string& pack) {
  const std::string_view bytes(pack);
  put_u32(pack, 28, crc32(bytes.substr(kPackHeaderBytes, table_end(pack) - kPackHeaderBytes), crc32(bytes.substr(0, 28))));
}

// Recomputes section `s`'s checksum after its bytes were edited, then the header's.
void reseal_section(std::string& pack, std::size_t s) {
  const std::size_t entry = kPackHeaderBytes + s * kPackSectionEntryBytes;
  put_u32(pack, entry + 4, crc32(std::string_view(pack).substr(get_u64(pack, entry + 8), get_u64(pack, entry + 16))));
  reseal_header(pack);
}

// Loads `bytes` into an index holding other articles and checks the load failed and changed nothing.
std::string rejected(std::string_view bytes) {
  ArticleIndex existing = sample_index(5, 99);
  const std::string before = save_pack(existing);
  auto result = load_pack_into(existing, bytes);
  REQUIRE_FALSE(result.ok());
  REQUIRE(save_pack(existing) == before);
  REQUIRE(existing.size() == 5);
  return result.error();
}

}  // namespace

TEST_CASE("a pack round-trips metadata, sketches, fingerprints and query results", "[pack]") {
  const ArticleIndex original = sample_index(300, 1);
  const std::string bytes = save_pack(original);
  auto loaded = load_pack(bytes);
  REQUIRE(loaded.ok());
  REQUIRE(loaded->size() == 300);
  for (ArticleId id = 0; id < 300; ++id) {
    CHECK(loaded->metadata(id).title == original.metadata(id).title);
    CHECK(loaded->metadata(id).canonical_url == original.metadata(id).canonical_url);
    CHECK(loaded->metadata(id).credit == original.metadata(id).credit);
    CHECK(loaded->sketch(id) == original.sketch(id));
    CHECK(loaded->fingerprint(id)->sketch == original.sketch(id));
    CHECK(loaded->query(loaded->fingerprint(id).value(), 1).at(0).id == id);
  }
  CHECK(save_pack(loaded.value()) == bytes);  // stable byte form

  auto info = inspect_pack(bytes);
  REQUIRE(info.ok());
  CHECK(info->format_version == kPackFormatVersion);
  CHECK(info->article_count == 300);
  CHECK(info->file_bytes == bytes.size());
  REQUIRE(info->sections.size() == 4);
  for (const auto& s : info->sections) CHECK(s.checksum_ok);
}

TEST_CASE("an empty index makes a valid empty pack", "[pack]") {
  auto loaded = load_pack(save_pack(ArticleIndex{}));
  REQUIRE(loaded.ok());
  CHECK(loaded->size() == 0);
}

TEST_CASE("removed articles are left out of the pack and the rest keep their records", "[pack]") {
  std::mt19937 rng(4);
  ArticleIndex index = sample_index(10, 2);
  const Fingerprint probe = index.fingerprint(7).value();
  index.remove(3);
  index.remove(5);
  auto loaded = load_pack(save_pack(index));
  REQUIRE(loaded.ok());
  CHECK(loaded->size() == 8);
  const auto match = loaded->query(near_copy(probe, 4, rng), 1).at(0);
  CHECK(loaded->metadata(match.id).canonical_url == index.metadata(7).canonical_url);
  CHECK_FALSE(loaded->find_url("https://news.example/2/3"));
  CHECK_FALSE(loaded->find_url("https://news.example/2/5"));
}

TEST_CASE("packs merge into one index", "[pack]") {
  auto a = load_pack(save_pack(sample_index(40, 5)));
  auto b = load_pack(save_pack(sample_index(60, 6)));
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  REQUIRE(a->merge(b.value()).value() == 60);
  auto merged = load_pack(save_pack(a.value()));
  REQUIRE(merged.ok());
  CHECK(merged->size() == 100);
  CHECK(merged->find_url("https://news.example/6/59"));
  CHECK(merged->find_url("https://news.example/5/0"));
}

TEST_CASE("every truncation of a pack is refused and leaves the index untouched", "[pack][corruption]") {
  const std::string pack = save_pack(sample_index(4, 3));
  // Every byte of the header and section table, every section boundary, and every length in between
  // (the pack is small enough to try them all).
  for (std::size_t length = 0; length < pack.size(); ++length) {
    INFO("truncated to " << length << " of " << pack.size() << " bytes");
    rejected(std::string_view(pack).substr(0, length));
  }
  CHECK(rejected(std::string_view(pack).substr(0, 10)).find("truncated") != std::string::npos);
  const std::size_t fingerprints_start = get_u64(pack, kPackHeaderBytes + 3 * kPackSectionEntryBytes + 8);
  CHECK(rejected(std::string_view(pack).substr(0, fingerprints_start)).find("outside the file") != std::string::npos);
}

TEST_CASE("every flipped byte is refused and leaves the index untouched", "[pack][corruption]") {
  const std::string pack = save_pack(sample_index(4, 3));
  for (std::size_t at = 0; at < pack.size(); ++at) {
    const bool padding = at >= table_end(pack) && [&] {
      for (std::size_t s = 0; s < 4; ++s) {
        const std::size_t entry = kPackHeaderBytes + s * kPackSectionEntryBytes;
        const std::uint64_t offset = get_u64(pack, entry + 8);
        if (at >= offset && at < offset + get_u64(pack, entry + 16)) return false;
      }
      return true;
    }();
    if (padding) continue;  // alignment padding between sections carries no data
    for (unsigned char mask : {0x01, 0x80, 0xFF}) {
      std::string damaged = pack;
      damaged[at] = static_cast<char>(damaged[at] ^ mask);
      INFO("byte " << at << " xor " << int(mask));
      rejected(damaged);
    }
  }
}

TEST_CASE("hostile headers behind valid checksums get clear errors", "[pack][corruption]") {
  const std::string pack = save_pack(sample_index(4, 3));

  std::string wrong_magic = pack;
  wrong_magic[0] = 'X';
  CHECK(rejected(wrong_magic).find("not a Firsthand pack") != std::string::npos);

  std::string crlf_mangled = pack;
  crlf_mangled.erase(6, 1);  // "\r\n" -> "\n", as a text-mode transfer does
  CHECK(rejected(crlf_mangled).find("magic") != std::string::npos);

  std::string newer = pack;
  newer[8] = static_cast<char>(kPackFormatVersion + 1);
  reseal_header(newer);
  CHECK(rejected(newer).find("newer") != std::string::npos);

  std::string other_fingerprints = pack;
  other_fingerprints[10] = static_cast<char>(Fingerprint::kVersion + 1);
  reseal_header(other_fingerprints);
  CHECK(rejected(other_fingerprints).find("rebuild the pack") != std::string::npos);

  std::string absurd_articles = pack;
  put_u32(absurd_articles, 16, 0xFFFFFFFFu);
  reseal_header(absurd_articles);
  CHECK(rejected(absurd_articles).find("absurd article count") != std::string::npos);

  std::string more_articles = pack;  // plausible count that the sections do not hold
  put_u32(more_articles, 16, 5);
  reseal_header(more_articles);
  CHECK(rejected(more_articles).find("do not match the article count") != std::string::npos);

  std::string absurd_sections = pack;
  put_u32(absurd_sections, 20, 0x7FFFFFFFu);
  CHECK(rejected(absurd_sections).find("absurd section count") != std::string::npos);

  std::string huge_section = pack;  // section size near 2^64: the bounds check must not overflow
  put_u32(huge_section, kPackHeaderBytes + 16, 0xFFFFFFF0u);
  put_u32(huge_section, kPackHeaderBytes + 20, 0xFFFFFFFFu);
  reseal_header(huge_section);
  CHECK(rejected(huge_section).find("outside the file") != std::string::npos);

  std::string repeated = pack;  // the strings entry claims to be sketches again
  put_u32(repeated, kPackHeaderBytes + 2 * kPackSectionEntryBytes, 1);
  reseal_header(repeated);
  CHECK(rejected(repeated).find("repeated") != std::string::npos);
}

TEST_CASE("string offsets out of order or out of bounds are refused even with valid checksums", "[pack][corruption]") {
  const std::string pack = save_pack(sample_index(4, 3));
  const std::size_t ends_at = get_u64(pack, kPackHeaderBytes + 8);  // metadata ends, the first section

  std::string backwards = pack;
  put_u32(backwards, ends_at + 4, 0);  // second end before the first
  reseal_section(backwards, 0);
  CHECK(rejected(backwards).find("string offsets") != std::string::npos);

  std::string beyond = pack;
  put_u32(beyond, ends_at + 4 * (4 * kTextFieldCount - 1), 0x7FFFFFFFu);  // last end past the strings
  reseal_section(beyond, 0);
  CHECK(rejected(beyond).find("string offsets") != std::string::npos);
}

TEST_CASE("an unreadable fingerprint behind a valid checksum is refused", "[pack][corruption]") {
  std::string pack = save_pack(sample_index(4, 3));
  const std::size_t fingerprints_at = get_u64(pack, kPackHeaderBytes + 3 * kPackSectionEntryBytes + 8);
  pack[fingerprints_at] = static_cast<char>(pack[fingerprints_at] + 1);  // the first fingerprint's version
  reseal_section(pack, 3);
  CHECK(rejected(pack).find("article 0") != std::string::npos);
}

TEST_CASE("metadata from a pack is shown as valid UTF-8 even when the file's strings are not", "[pack]") {
  std::string pack = save_pack(sample_index(1, 8));
  const std::size_t strings_at = get_u64(pack, kPackHeaderBytes + kPackSectionEntryBytes + 8);
  pack[strings_at] = static_cast<char>(0xFF);  // first byte of the title
  reseal_section(pack, 1);
  auto loaded = load_pack(pack);
  REQUIRE(loaded.ok());
  const std::string title = loaded->metadata(0).title;
  CHECK(title.rfind("\xEF\xBF\xBD", 0) == 0);  // U+FFFD replaces the invalid byte
  CHECK(title.find("arbour barrier vote") != std::string::npos);
}
