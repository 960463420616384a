// Page loading shared by the commands: size limit, decoding to UTF-8 (UTF-16, declared or default 8-bit
// encodings), kind detection, then the matching producer.
#include "page_input.h"

#include <fstream>
#include <iostream>
#include <iterator>

#include "firsthand/extract.h"
#include "firsthand/page/input_kind.h"
#include "firsthand/page/limits.h"
#include "firsthand/page/text_producer.h"
#include "charset_decode.h"
#include "html_producer.h"

namespace firsthand::cli {

Result<std::string> read_input(const std::string& path) {
  using R = Result<std::string>;
  std::ifstream file;
  std::istream* in = &std::cin;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) return R::failure(path + ": cannot open");
    in = &file;
  }
  std::string bytes;
  char buffer[1 << 16];
  while (in->read(buffer, sizeof buffer) || in->gcount() > 0) {
    bytes.append(buffer, static_cast<std::size_t>(in->gcount()));
    if (bytes.size() > limits::kMaxInputBytes)
      return R::failure(path + ": larger than " + std::to_string(limits::kMaxInputBytes >> 20) + " MB, not read");
  }
  return bytes;
}

namespace {

// The page from text already in UTF-8 (bytes that are not UTF-8 were replaced by U+FFFD).
Result<Page> page_from_utf8(std::string_view bytes, const std::string& name) {
  Page page;
  switch (detect_input_kind(bytes)) {
    case InputKind::Empty: return Result<Page>::failure(name + ": empty input, no page to read");
    case InputKind::Binary: return Result<Page>::failure(name + ": binary data, not an HTML or text page");
    case InputKind::Text: page = page_from_text(bytes); break;
    case InputKind::Html: {
      auto parsed = page_from_html(bytes);
      if (!parsed) return Result<Page>::failure(name + ": " + parsed.error());
      page = std::move(parsed).value();
      break;
    }
  }
  return page;
}

}  // namespace

Result<Page> page_from_bytes(const std::string& bytes, const std::string& name) {
  const Utf16Order utf16 = detect_utf16(bytes);
  if (utf16 == Utf16Order::Unclear)
    return Result<Page>::failure(name +
                                 ": looks like UTF-16 without a byte-order mark, but neither byte order reads as "
                                 "text; save it as UTF-8");
  if (utf16 != Utf16Order::None) return page_from_utf8(utf8_from_utf16(bytes, utf16), name);
  // Binary data is judged on its own bytes: read as windows-1252 it would pass for text.
  if (detect_input_kind(bytes) == InputKind::Binary) return page_from_utf8(bytes, name);
  return page_from_utf8(decode_to_utf8(bytes), name);
}

Result<Page> load_page(const std::string& path, const std::string& url) {
  auto bytes = read_input(path);
  if (!bytes) return Result<Page>::failure(bytes.error());
  auto page = page_from_bytes(bytes.value(), path);
  if (page && !url.empty()) page->url = url;
  return page;
}

Result<Article> load_article(const std::string& path, const std::string& url) {
  auto page = load_page(path, url);
  if (!page) return Result<Article>::failure(page.error());
  return extract(page.value());
}

}  // namespace firsthand::cli
