// Pack files (format in pack.h): writing an index's live articles, validating untrusted bytes, loading.
#include "firsthand/index/pack.h"

#include <bit>
#include <cstring>

#include "firsthand/index/crc32.h"
#include "little_endian.h"

namespace firsthand {
namespace {

constexpr char kMagic[8] = {'F', 'H', 'P', 'A', 'C', 'K', '\r', '\n'};
constexpr std::size_t kHeaderCrcAt = 28;
constexpr std::uint32_t kRequiredSections = 4;  // PackSection 1..4, in every pack
constexpr std::uint32_t kSectionKinds = 5;      // 5, a history's site sentences, is optional

void pad_to_8(std::string& out) { out.resize((out.size() + 7) / 8 * 8, '\0'); }

// Offset arrays in file order. On little-endian hosts (x86, ARM, wasm) this is one memcpy each way.
void append_u32s(std::string& out, const std::vector<std::uint32_t>& values) {
  if constexpr (std::endian::native == std::endian::little)
    out.append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(std::uint32_t));
  else
    for (std::uint32_t v : values) le::put<std::uint32_t>(out, v);
}

std::vector<std::uint32_t> read_u32s(std::string_view bytes) {
  std::vector<std::uint32_t> values(bytes.size() / sizeof(std::uint32_t));
  if constexpr (std::endian::native == std::endian::little) {
    if (!values.empty()) std::memcpy(values.data(), bytes.data(), values.size() * sizeof(std::uint32_t));
  } else {
    for (std::size_t i = 0; i < values.size(); ++i) values[i] = le::get<std::uint32_t>(bytes, 4 * i);
  }
  return values;
}

struct Layout {
  PackInfo info;
  std::string_view section[kSectionKinds + 1];  // by PackSection kind; [0] unused
};

std::string_view body(const Layout& layout, PackSection kind) { return layout.section[static_cast<std::uint32_t>(kind)]; }

template <class T>
Result<T> fail(std::string message) {
  return Result<T>::failure("invalid pack: " + std::move(message));
}

std::string section_name(std::uint32_t kind) { return pack_section_name(kind); }

Result<Layout> parse_layout(std::string_view bytes) {
  Layout layout;
  PackInfo& info = layout.info;
  info.file_bytes = bytes.size();
  if (bytes.size() < kPackHeaderBytes)
    return fail<Layout>("truncated: " + std::to_string(bytes.size()) + " bytes, shorter than the " +
                        std::to_string(kPackHeaderBytes) + "-byte header");
  if (std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
    return fail<Layout>("not a Firsthand pack (wrong magic bytes)");
  info.format_version = le::get<std::uint16_t>(bytes, 8);
  if (info.format_version > kPackFormatVersion)
    return fail<Layout>("format version " + std::to_string(info.format_version) +
                        " is newer than this Firsthand reads (" + std::to_string(kPackFormatVersion) +
                        "); update Firsthand");
  if (info.format_version == 0) return fail<Layout>("format version 0 does not exist");
  info.fingerprint_version = le::get<std::uint16_t>(bytes, 10);
  const auto slots = le::get<std::uint16_t>(bytes, 12);
  const auto fields = le::get<std::uint16_t>(bytes, 14);
  info.article_count = le::get<std::uint32_t>(bytes, 16);
  const auto section_count = le::get<std::uint32_t>(bytes, 20);
  if (section_count > kMaxPackSections) return fail<Layout>("absurd section count " + std::to_string(section_count));
  const std::size_t table_end = kPackHeaderBytes + section_count * kPackSectionEntryBytes;
  if (bytes.size() < table_end) return fail<Layout>("truncated inside the section table");
  const std::uint32_t header_crc =
      crc32(bytes.substr(kPackHeaderBytes, table_end - kPackHeaderBytes), crc32(bytes.substr(0, kHeaderCrcAt)));
  if (header_crc != le::get<std::uint32_t>(bytes, kHeaderCrcAt))
    return fail<Layout>("header checksum mismatch (the file is damaged)");
  if (info.fingerprint_version != Fingerprint::kVersion || slots != Fingerprint::kSketchSlots)
    return fail<Layout>("fingerprints are version " + std::to_string(info.fingerprint_version) + " with " +
                        std::to_string(slots) + " sketch slots; this Firsthand computes version " +
                        std::to_string(Fingerprint::kVersion) + " with " +
                        std::to_string(Fingerprint::kSketchSlots) + ": rebuild the pack");
  if (fields != kTextFieldCount)
    return fail<Layout>(std::to_string(fields) + " metadata fields per article, expected " +
                        std::to_string(kTextFieldCount));
  if (info.article_count > kMaxPackArticles)
    return fail<Layout>("absurd article count " + std::to_string(info.article_count));

  bool found[kSectionKinds + 1] = {};
  for (std::uint32_t s = 0; s < section_count; ++s) {
    const std::size_t at = kPackHeaderBytes + s * kPackSectionEntryBytes;
    PackSectionInfo section;
    section.kind = le::get<std::uint32_t>(bytes, at);
    section.checksum = le::get<std::uint32_t>(bytes, at + 4);
    section.offset = le::get<std::uint64_t>(bytes, at + 8);
    section.size = le::get<std::uint64_t>(bytes, at + 16);
    if (section.offset < table_end || section.offset > bytes.size() || section.size > bytes.size() - section.offset)
      return fail<Layout>(section_name(section.kind) + " section lies outside the file (" +
                          std::to_string(bytes.size()) + " bytes): truncated or damaged");
    const std::string_view contents = bytes.substr(section.offset, section.size);
    section.checksum_ok = crc32(contents) == section.checksum;
    if (!section.checksum_ok) return fail<Layout>(section_name(section.kind) + " section checksum mismatch");
    if (section.kind >= 1 && section.kind <= kSectionKinds) {
      if (found[section.kind]) return fail<Layout>(section_name(section.kind) + " section repeated");
      found[section.kind] = true;
      layout.section[section.kind] = contents;
    }
    info.sections.push_back(section);
  }
  for (std::uint32_t kind = 1; kind <= kRequiredSections; ++kind)
    if (!found[kind]) return fail<Layout>(section_name(kind) + " section missing");
  const std::uint64_t count = info.article_count;
  if (body(layout, PackSection::MetadataEnds).size() != count * kTextFieldCount * sizeof(std::uint32_t) ||
      body(layout, PackSection::FingerprintEnds).size() != count * sizeof(std::uint32_t))
    return fail<Layout>("offset tables do not match the article count");
  return layout;
}

}  // namespace

const char* pack_section_name(std::uint32_t kind) {
  switch (static_cast<PackSection>(kind)) {
    case PackSection::MetadataEnds: return "metadata ends";
    case PackSection::MetadataStrings: return "metadata strings";
    case PackSection::FingerprintEnds: return "fingerprint ends";
    case PackSection::Fingerprints: return "fingerprints";
    case PackSection::SiteSentences: return "site sentences";
  }
  return "unknown";
}

std::string save_pack(const ArticleIndex& index, std::string_view site_sentences) {
  const ArticleRecords records = index.compacted_records();
  const std::uint32_t sections = site_sentences.empty() ? kRequiredSections : kSectionKinds;
  const std::size_t table_end = kPackHeaderBytes + sections * kPackSectionEntryBytes;

  std::string out(table_end, '\0');
  std::string table;
  for (std::uint32_t kind = 1; kind <= sections; ++kind) {
    pad_to_8(out);  // before each section, never after the last: the file ends where its data ends
    const std::size_t start = out.size();
    switch (static_cast<PackSection>(kind)) {
      case PackSection::MetadataEnds: append_u32s(out, records.text_ends); break;
      case PackSection::MetadataStrings: out += records.texts; break;
      case PackSection::FingerprintEnds: append_u32s(out, records.fingerprint_ends); break;
      case PackSection::Fingerprints: out += records.fingerprints; break;
      case PackSection::SiteSentences: out += site_sentences; break;
    }
    le::put<std::uint32_t>(table, kind);
    le::put<std::uint32_t>(table, crc32(std::string_view(out).substr(start)));
    le::put<std::uint64_t>(table, start);
    le::put<std::uint64_t>(table, out.size() - start);
  }

  std::string head(kMagic, sizeof kMagic);
  le::put<std::uint16_t>(head, kPackFormatVersion);
  le::put<std::uint16_t>(head, Fingerprint::kVersion);
  le::put<std::uint16_t>(head, static_cast<std::uint16_t>(Fingerprint::kSketchSlots));
  le::put<std::uint16_t>(head, static_cast<std::uint16_t>(kTextFieldCount));
  le::put<std::uint32_t>(head, static_cast<std::uint32_t>(records.size()));
  le::put<std::uint32_t>(head, sections);
  le::put<std::uint32_t>(head, 0);
  le::put<std::uint32_t>(head, crc32(table, crc32(head)));
  out.replace(0, head.size(), head);
  out.replace(kPackHeaderBytes, table.size(), table);
  return out;
}

Result<PackInfo> inspect_pack(std::string_view bytes) {
  auto layout = parse_layout(bytes);
  if (!layout) return Result<PackInfo>::failure(layout.error());
  return std::move(layout.value().info);
}

namespace {

Result<ArticleIndex> index_of(const Layout& layout, IndexOptions options) {
  if (layout.info.article_count > options.max_articles)
    return fail<ArticleIndex>(std::to_string(layout.info.article_count) + " articles exceed the index capacity");
  ArticleRecords records;
  records.text_ends = read_u32s(body(layout, PackSection::MetadataEnds));
  records.texts.assign(body(layout, PackSection::MetadataStrings));
  records.fingerprint_ends = read_u32s(body(layout, PackSection::FingerprintEnds));
  records.fingerprints.assign(body(layout, PackSection::Fingerprints));
  auto index = ArticleIndex::from_records(std::move(records), options);
  if (!index) return fail<ArticleIndex>(index.error());
  return index;
}

}  // namespace

Result<ArticleIndex> load_pack(std::string_view bytes, IndexOptions options) {
  auto layout = parse_layout(bytes);
  if (!layout) return Result<ArticleIndex>::failure(layout.error());
  return index_of(layout.value(), options);
}

Result<std::size_t> load_pack_into(ArticleIndex& index, std::string_view bytes, std::string* site_sentences) {
  auto layout = parse_layout(bytes);
  if (!layout) return Result<std::size_t>::failure(layout.error());
  auto loaded = index_of(layout.value(), index.options());
  if (!loaded) return Result<std::size_t>::failure(loaded.error());
  index = std::move(loaded).value();
  if (site_sentences) site_sentences->assign(body(layout.value(), PackSection::SiteSentences));
  return index.size();
}

}  // namespace firsthand
