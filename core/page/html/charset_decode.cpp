// Picks a page's encoding as a browser does and converts it to UTF-8 with glibc's iconv (see charset_decode.h).
#include "charset_decode.h"

#include <iconv.h>
#include <re2/re2.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <utility>

namespace firsthand {

namespace {

// How far the declaration is looked for: WHATWG's prescan reads 1024 bytes, but browsers honour a later
// <meta> in the head too (after long inline scripts or comments) by re-decoding.
constexpr std::size_t kSniffBytes = 16384;

std::string lower_trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
    s.remove_suffix(1);
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

// A byte run that is valid UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF); `multibyte` is set
// when it holds any non-ASCII character.
bool is_valid_utf8(std::string_view s, bool& multibyte) {
  multibyte = false;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    multibyte = true;
    std::size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      return false;
    }
    if (i + len > s.size()) return false;
    for (std::size_t k = 1; k < len; ++k) {
      const auto b = static_cast<unsigned char>(s[i + k]);
      if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF)) return false;
    }
    i += len;
  }
  return true;
}

// Converts with iconv, replacing each byte it cannot decode by U+FFFD and going on.
std::string convert(std::string_view bytes, const std::string& encoding) {
  iconv_t cd = iconv_open("UTF-8", encoding.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) return std::string(bytes);  // glibc lacks it: read as UTF-8
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 2);
  char buffer[1 << 14];
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  while (in_left > 0) {
    char* dst = buffer;
    std::size_t dst_left = sizeof buffer;
    const std::size_t r = iconv(cd, &in, &in_left, &dst, &dst_left);
    out.append(buffer, static_cast<std::size_t>(dst - buffer));
    if (r == static_cast<std::size_t>(-1) && errno != E2BIG) {  // EILSEQ or EINVAL: skip one byte
      out += "\xEF\xBF\xBD";
      ++in;
      --in_left;
    }
  }
  iconv_close(cd);
  return out;
}

}  // namespace

std::string encoding_for_label(std::string_view raw_label) {
  const std::string label = lower_trimmed(raw_label);
  // WHATWG Encoding Standard labels (the ones news sites use), mapped to what glibc's iconv calls them.
  static const std::pair<const char*, const char*> kLabels[] = {
      {"utf-8", "UTF-8"}, {"utf8", "UTF-8"}, {"unicode-1-1-utf-8", "UTF-8"},
      // A <meta> that says UTF-16 on an ASCII-compatible page means UTF-8 (WHATWG).
      {"utf-16", "UTF-8"}, {"utf-16le", "UTF-8"}, {"utf-16be", "UTF-8"},
      {"us-ascii", "CP1252"}, {"ascii", "CP1252"}, {"iso-8859-1", "CP1252"}, {"iso8859-1", "CP1252"},
      {"iso_8859-1", "CP1252"}, {"latin1", "CP1252"}, {"l1", "CP1252"}, {"cp1252", "CP1252"},
      {"windows-1252", "CP1252"}, {"x-cp1252", "CP1252"}, {"cp819", "CP1252"},
      {"iso-8859-9", "CP1254"}, {"latin5", "CP1254"}, {"iso-8859-11", "CP874"}, {"tis-620", "CP874"},
      {"windows-874", "CP874"},
      {"gb2312", "GBK"}, {"gbk", "GBK"}, {"x-gbk", "GBK"}, {"chinese", "GBK"}, {"csgb2312", "GBK"},
      {"gb_2312-80", "GBK"}, {"gb18030", "GB18030"},
      {"big5", "BIG5-HKSCS"}, {"big5-hkscs", "BIG5-HKSCS"}, {"x-x-big5", "BIG5-HKSCS"},
      {"shift_jis", "CP932"}, {"shift-jis", "CP932"}, {"sjis", "CP932"}, {"x-sjis", "CP932"},
      {"ms_kanji", "CP932"}, {"windows-31j", "CP932"}, {"csshiftjis", "CP932"},
      {"euc-jp", "EUC-JP"}, {"x-euc-jp", "EUC-JP"}, {"iso-2022-jp", "ISO-2022-JP"},
      {"euc-kr", "CP949"}, {"ks_c_5601-1987", "CP949"}, {"windows-949", "CP949"}, {"cseuckr", "CP949"},
      {"koi8-r", "KOI8-R"}, {"koi8", "KOI8-R"}, {"koi8-u", "KOI8-U"},
  };
  for (const auto& [name, encoding] : kLabels)
    if (label == name) return encoding;
  // windows-1250..1258 and iso-8859-2..16 under their own names.
  for (const char* prefix : {"windows-125", "cp125"})
    if (label.rfind(prefix, 0) == 0 && label.size() == std::string_view(prefix).size() + 1 && label.back() >= '0' &&
        label.back() <= '8')
      return std::string("CP125") + label.back();
  for (const char* prefix : {"iso-8859-", "iso8859-", "iso_8859-"}) {
    const std::size_t n = std::string_view(prefix).size();
    if (label.rfind(prefix, 0) == 0 && label.size() > n && label.size() <= n + 2 &&
        std::all_of(label.begin() + static_cast<std::ptrdiff_t>(n), label.end(),
                    [](char c) { return c >= '0' && c <= '9'; }))
      return "ISO-8859-" + label.substr(n);
  }
  return "";
}

std::string declared_charset(std::string_view bytes) {
  // charset= inside a <meta> tag covers both <meta charset> and http-equiv's content="text/html; charset=".
  static const RE2 meta("(?i)<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.()+-]+)");
  std::string label;
  const std::string_view head = bytes.substr(0, kSniffBytes);
  if (RE2::PartialMatch(head, meta, &label)) return label;
  return "";
}

std::string decode_to_utf8(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") return std::string(bytes.substr(3));
  bool multibyte = false;
  const bool utf8 = is_valid_utf8(bytes, multibyte);
  if (utf8 && multibyte) return std::string(bytes);
  std::string encoding = encoding_for_label(declared_charset(bytes));
  if (encoding.empty()) encoding = utf8 ? "UTF-8" : "CP1252";
  // ASCII reads the same in every encoding here but ISO-2022-JP, whose escapes are ASCII bytes.
  if (encoding == "UTF-8" || (utf8 && encoding != "ISO-2022-JP")) return std::string(bytes);
  return convert(bytes, encoding);
}

}  // namespace firsthand
