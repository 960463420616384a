// Input sniffing: markup at the start (or common tags early on) means HTML; many control bytes mean binary.
#include "firsthand/input_kind.h"

#include <algorithm>
#include <cctype>
#include <string>

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

}  // namespace

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
