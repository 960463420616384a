// Fingerprint packs: files of known articles' metadata and fingerprints (never their text) that anyone builds
// with `firsthand pack build` and the extension imports.
//
// Format (version 1, little-endian; every section starts at an 8-byte boundary):
//   header, 32 bytes:
//     0  magic "FHPACK\r\n" (the CR LF catches files mangled by newline conversion)
//     8  u16 format version          10 u16 fingerprint version (Fingerprint::kVersion)
//     12 u16 sketch slots            14 u16 metadata fields per article (kTextFieldCount)
//     16 u32 article count           20 u32 section count
//     24 u32 reserved (0)            28 u32 CRC-32 of bytes 0..27 followed by the section table
//   section table, 24 bytes per section: u32 kind, u32 CRC-32 of the section, u64 offset, u64 size
//   sections: 1 metadata ends     article count x 5 x u32: cumulative end offsets of title, site, URL, date,
//                                 credit in the metadata strings (fixed stride, copied in one block)
//             2 metadata strings  the string table
//             3 fingerprint ends  article count x u32, cumulative end offsets in the fingerprints section
//             4 fingerprints      serialize() of each article's fingerprint (the compact tier, <= 256 bytes,
//                                 sketch included: the index reads its LSH sketches out of it on load)
//             5 site sentences    optional, a reading history's only: which sentences each site repeats on
//                                 its pages (firsthand/verdict/standing_text.h, versioned inside); packs and
//                                 histories saved before it have none and load as they did
//   Unknown section kinds are checked and skipped, so a later minor addition does not break older readers.
//
// Loading never trusts the bytes: size, magic, version, header checksum, counts, section bounds, section
// checksums, offsets and every fingerprint are checked before anything is used, and the result is a new
// index, so a failed load leaves the caller's index as it was.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "firsthand/index.h"
#include "firsthand/result.h"

namespace firsthand {

inline constexpr std::uint16_t kPackFormatVersion = 1;
inline constexpr std::size_t kPackHeaderBytes = 32;
inline constexpr std::size_t kPackSectionEntryBytes = 24;
inline constexpr std::uint32_t kMaxPackArticles = 64'000'000;  // an absurd count is refused before allocating
inline constexpr std::uint32_t kMaxPackSections = 16;

enum class PackSection : std::uint32_t {
  MetadataEnds = 1, MetadataStrings = 2, FingerprintEnds = 3, Fingerprints = 4, SiteSentences = 5
};

struct PackSectionInfo {
  std::uint32_t kind = 0;
  std::uint64_t offset = 0;
  std::uint64_t size = 0;
  std::uint32_t checksum = 0;
  bool checksum_ok = false;
};

struct PackInfo {
  std::uint16_t format_version = 0;
  std::uint16_t fingerprint_version = 0;
  std::uint32_t article_count = 0;
  std::uint64_t file_bytes = 0;
  std::vector<PackSectionInfo> sections;
};

const char* pack_section_name(std::uint32_t kind);  // "metadata ends", ..., or "unknown"

// The pack's bytes for the index's live articles (and a history's site sentences, when given).
std::string save_pack(const ArticleIndex& index, std::string_view site_sentences = {});
// Validates the header, the section table and every checksum; fails with a reader-facing message.
Result<PackInfo> inspect_pack(std::string_view bytes);
// A new index holding the pack's articles.
Result<ArticleIndex> load_pack(std::string_view bytes, IndexOptions options = {});
// Replaces `index` with the pack's articles only when the whole pack is valid; returns the article count.
// With `site_sentences`, also sets it to the pack's site-sentences section (empty when it has none).
Result<std::size_t> load_pack_into(ArticleIndex& index, std::string_view bytes,
                                   std::string* site_sentences = nullptr);

}  // namespace firsthand
