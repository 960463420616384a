// Input sniffing: markup at the start (or common tags early on) means HTML; many control bytes mean binary;
// NUL bytes in every other position mean UTF-16, decoded here to UTF-8.
#include "firsthand/page/input_kind.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string>

#include "fold.h"

namespace firsthand {

namespace {

bool has_markup_near_start(std::string_view head) {
  std::string lower(head);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  for (const char* tag : {"<!doctype", "<html", "<head", "<body", "<meta", "<div", "<p>", "<p ", "<article",
                          "<title", "<!--", "<script", "<section", "<main", "<span", "<table", "<h1", "<ul"})
    if (lower.find(tag) != std::string::npos) return true;
  return false;
}

// How much of the input the UTF-16 detection reads, and its thresholds (percent of code units): text in
// any language has markup, spaces or digits, so a fifth of its units or more hold a NUL high byte, while the
// other byte position almost never holds a NUL.
constexpr std::size_t kUtf16SniffBytes = 4096;
constexpr std::size_t kUtf16MinAsciiPercent = 20;
constexpr std::size_t kUtf16MaxStrayPercent = 2;

bool starts_with(std::string_view bytes, std::string_view prefix) { return bytes.substr(0, prefix.size()) == prefix; }

std::uint16_t code_unit(std::string_view bytes, std::size_t at, Utf16Order order) {
  const auto lo = static_cast<unsigned char>(bytes[order == Utf16Order::LittleEndian ? at : at + 1]);
  const auto hi = static_cast<unsigned char>(bytes[order == Utf16Order::LittleEndian ? at + 1 : at]);
  return static_cast<std::uint16_t>(hi << 8 | lo);
}


// Code units of `head` in `order` that no text holds: C0 controls other than whitespace, unpaired surrogates.
std::size_t bad_units(std::string_view head, Utf16Order order) {
  std::size_t bad = 0;
  for (std::size_t i = 0; i + 1 < head.size(); i += 2) {
    const std::uint16_t unit = code_unit(head, i, order);
    if (unit < 0x20 && unit != '\t' && unit != '\n' && unit != '\r' && unit != '\f') {
      ++bad;
    } else if (detail::is_high_surrogate(unit)) {
      const std::uint16_t next = i + 3 < head.size() ? code_unit(head, i + 2, order) : 0;
      if (detail::is_low_surrogate(next)) i += 2;
      else ++bad;
    } else if (detail::is_low_surrogate(unit)) {
      ++bad;
    }
  }
  return bad;
}

}  // namespace

Utf16Order detect_utf16(std::string_view bytes) {
  if (starts_with(bytes, std::string_view("\xFF\xFE\0\0", 4))) return Utf16Order::None;  // UTF-32LE
  if (starts_with(bytes, "\xFF\xFE")) return Utf16Order::LittleEndian;
  if (starts_with(bytes, "\xFE\xFF")) return Utf16Order::BigEndian;
  const std::string_view head = bytes.substr(0, std::min(bytes.size(), kUtf16SniffBytes) & ~std::size_t{1});
  const std::size_t units = head.size() / 2;
  if (units < 2) return Utf16Order::None;
  std::size_t high_nul_le = 0, high_nul_be = 0, both_nul = 0;
  for (std::size_t i = 0; i < head.size(); i += 2) {
    const bool first = head[i] == '\0', second = head[i + 1] == '\0';
    if (first && second) ++both_nul;
    else if (second) ++high_nul_le;
    else if (first) ++high_nul_be;
  }
  const auto percent = [units](std::size_t n) { return n * 100 / units; };
  const bool le = percent(high_nul_le) >= kUtf16MinAsciiPercent, be = percent(high_nul_be) >= kUtf16MinAsciiPercent;
  if (!le && !be) return Utf16Order::None;
  // NUL units are not text (UTF-32 or binary data) and are reported as binary.
  if (percent(both_nul) > kUtf16MaxStrayPercent) return Utf16Order::None;
  if (le && be) return Utf16Order::Unclear;
  const Utf16Order order = le ? Utf16Order::LittleEndian : Utf16Order::BigEndian;
  const std::size_t stray = le ? high_nul_be : high_nul_le;
  if (percent(stray) > kUtf16MaxStrayPercent || percent(bad_units(head, order)) > kUtf16MaxStrayPercent)
    return Utf16Order::Unclear;
  return order;
}

std::string utf8_from_utf16(std::string_view bytes, Utf16Order order) {
  if (starts_with(bytes, order == Utf16Order::LittleEndian ? "\xFF\xFE" : "\xFE\xFF")) bytes.remove_prefix(2);
  std::string out;
  out.reserve(bytes.size());
  const std::size_t end = bytes.size() & ~std::size_t{1};
  for (std::size_t i = 0; i < end; i += 2) {
    const std::uint16_t unit = code_unit(bytes, i, order);
    if (detail::is_high_surrogate(unit) && i + 3 < end) {
      const std::uint16_t low = code_unit(bytes, i + 2, order);
      if (detail::is_low_surrogate(low)) {
        detail::append_surrogate_pair(out, unit, low);
        i += 2;
        continue;
      }
    }
    detail::append_lone_unit(out, unit);
  }
  if (end != bytes.size()) detail::append_utf8(out, detail::kReplacementCharacter);
  return out;
}

InputKind detect_input_kind(std::string_view bytes) {
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  const auto first = bytes.find_first_not_of(" \t\r\n\f");
  if (first == std::string_view::npos) return InputKind::Empty;
  const std::string_view head = bytes.substr(first, 4096);
  std::size_t control = 0;
  for (unsigned char c : head)
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++control;
  // Text and HTML have almost no control bytes; UTF-16 text has a NUL every other byte.
  if (control * 10 > head.size()) return InputKind::Binary;
  if (head.front() == '<' || has_markup_near_start(head.substr(0, 1024))) return InputKind::Html;
  return InputKind::Text;
}

const char* input_kind_name(InputKind kind) {
  switch (kind) {
    case InputKind::Html: return "html";
    case InputKind::Text: return "text";
    case InputKind::Binary: return "binary";
    case InputKind::Empty: return "empty";
  }
  return "unknown";
}

}  // namespace firsthand
