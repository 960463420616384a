// The native reader decodes a page's bytes as a browser would: byte-order mark, <meta charset>, http-equiv
// Content-Type, the WHATWG labels (latin1 is windows-1252, gb2312 is GBK), windows-1252 when undeclared and
// not UTF-8; and valid UTF-8 stays UTF-8 even under a wrong label.
#include <catch2/catch.hpp>

#include <string>

#include "charset_decode.h"

using namespace firsthand;

namespace {

std::string page_in(const std::string& head, const std::string& body) {
  return "<html><head>" + head + "</head><body><p>" + body + "</p></body></html>";
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("charset: WHATWG labels map to the encodings browsers use", "[page][charset]") {
  CHECK(encoding_for_label("ISO-8859-1") == "CP1252");
  CHECK(encoding_for_label(" latin1 ") == "CP1252");
  CHECK(encoding_for_label("us-ascii") == "CP1252");
  CHECK(encoding_for_label("iso-8859-2") == "ISO-8859-2");
  CHECK(encoding_for_label("iso-8859-9") == "CP1254");
  CHECK(encoding_for_label("windows-1251") == "CP1251");
  CHECK(encoding_for_label("GB2312") == "GBK");
  CHECK(encoding_for_label("Shift_JIS") == "CP932");
  CHECK(encoding_for_label("euc-kr") == "CP949");
  CHECK(encoding_for_label("utf8") == "UTF-8");
  CHECK(encoding_for_label("utf-16") == "UTF-8");  // a <meta> on an ASCII-compatible page
  CHECK(encoding_for_label("x-made-up") == "");
  CHECK(encoding_for_label("iso-8859-123") == "");
}

TEST_CASE("charset: the declaration is read from meta charset and http-equiv", "[page][charset]") {
  CHECK(declared_charset(page_in("<meta charset=\"ISO-8859-15\">", "x")) == "ISO-8859-15");
  CHECK(declared_charset(page_in("<META http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1250\">",
                                 "x")) == "windows-1250");
  CHECK(declared_charset(page_in("<meta charset='gbk' />", "x")) == "gbk");
  CHECK(declared_charset(page_in("<title>No declaration</title>", "x")) == "");
}

TEST_CASE("charset: legacy bytes are decoded to UTF-8", "[page][charset]") {
  // windows-1252: 0xE4 is "ä", 0x93/0x94 curly quotes, 0x80 the euro sign (which ISO-8859-1 lacks).
  const std::string latin = page_in("<meta charset=\"iso-8859-1\">", "Stra\xDF" "e, \x93K\xE4se\x94 \x80" "5");
  const std::string decoded = decode_to_utf8(latin);
  CHECK(contains(decoded, "Stra\xC3\x9F" "e, \xE2\x80\x9CK\xC3\xA4se\xE2\x80\x9D \xE2\x82\xAC" "5"));

  // Undeclared and not UTF-8: windows-1252, the web's default.
  CHECK(contains(decode_to_utf8(page_in("", "M\xFCnchen")), "M\xC3\xBCnchen"));

  // GBK (declared gb2312): "中文" is D6 D0 CE C4.
  CHECK(contains(decode_to_utf8(page_in("<meta charset=\"gb2312\">", "\xD6\xD0\xCE\xC4")), "\xE4\xB8\xAD\xE6\x96\x87"));

  // Shift_JIS: "日本" is 93 FA 96 7B.
  CHECK(contains(decode_to_utf8(page_in("<meta http-equiv=\"content-type\" content=\"text/html;charset=Shift_JIS\">",
                                        "\x93\xFA\x96\x7B")),
                 "\xE6\x97\xA5\xE6\x9C\xAC"));

  // ISO-8859-2: 0xB3 is "ł".
  CHECK(contains(decode_to_utf8(page_in("<meta charset=\"iso-8859-2\">", "\xB3\xF3" "d\xBC")), "\xC5\x82"));
}

TEST_CASE("charset: UTF-8 pages stay as they are", "[page][charset]") {
  const std::string utf8 = page_in("<meta charset=\"utf-8\">", "Gr\xC3\xBC\xC3\x9F" "e");
  CHECK(decode_to_utf8(utf8) == utf8);
  // A byte-order mark is dropped.
  CHECK(decode_to_utf8("\xEF\xBB\xBF" + utf8) == utf8);
  // Mislabelled: declared latin1, but the bytes are valid multi-byte UTF-8.
  const std::string mislabelled = page_in("<meta charset=\"iso-8859-1\">", "Gr\xC3\xBC\xC3\x9F" "e");
  CHECK(decode_to_utf8(mislabelled) == mislabelled);
  // Declared UTF-8 but broken: kept for the UTF-8 reader, which replaces the bad bytes.
  const std::string broken = page_in("<meta charset=\"utf-8\">", "caf\xE9");
  CHECK(decode_to_utf8(broken) == broken);
}

TEST_CASE("charset: undecodable bytes become U+FFFD, never a stop", "[page][charset]") {
  // 0x81 is unassigned in windows-1252; a GBK lead byte cut off at the end is incomplete.
  CHECK(contains(decode_to_utf8(page_in("<meta charset=\"windows-1252\">", "a\x81z")), "a\xEF\xBF\xBDz"));
  const std::string truncated = decode_to_utf8("<meta charset=\"gbk\"><p>\xD6\xD0\xCE");
  CHECK(contains(truncated, "\xE4\xB8\xAD\xEF\xBF\xBD"));
}
