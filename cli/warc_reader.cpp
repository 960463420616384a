// WARC record parsing (ISO 28500): version line, named fields up to a blank line, Content-Length bytes of
// content, then CRLF CRLF. Only `response` records with an HTML payload become pages; every length read from
// the file is checked against limits.h before anything is allocated.
#include "warc_reader.h"

#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <charconv>

#include "firsthand/page/limits.h"

namespace firsthand::cli {
namespace {

constexpr std::size_t kMaxHeaderLine = 64 * 1024;

gzFile gz(const std::unique_ptr<void, WarcReader::GzCloser>& file) { return static_cast<gzFile>(file.get()); }

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::string trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return std::string(s);
}

// "Name: value" -> lower-cased name and trimmed value; false for a line without a colon.
bool split_field(const std::string& line, std::string& name, std::string& value) {
  const auto colon = line.find(':');
  if (colon == std::string::npos) return false;
  name = lower(trim(std::string_view(line).substr(0, colon)));
  value = trim(std::string_view(line).substr(colon + 1));
  return true;
}

// The HTML body of an HTTP response, or nothing when it is not a plain 200 HTML response.
bool html_payload(std::string& content) {
  const auto head_end = content.find("\r\n\r\n");
  if (head_end == std::string::npos || content.compare(0, 5, "HTTP/") != 0) return false;
  const std::string_view head(content.data(), head_end);
  const auto status_at = head.find(' ');
  if (status_at == std::string_view::npos || head.substr(status_at + 1, 3) != "200") return false;
  bool html = false;
  std::size_t at = head.find("\r\n");
  while (at != std::string_view::npos && at < head.size()) {
    const std::size_t next = head.find("\r\n", at + 2);
    std::string name, value;
    if (split_field(std::string(head.substr(at + 2, (next == std::string_view::npos ? head.size() : next) - at - 2)),
                    name, value)) {
      const std::string v = lower(value);
      if (name == "content-type") html = v.find("html") != std::string::npos;
      // Payloads still chunked or compressed at the HTTP level are not readable text.
      if (name == "transfer-encoding" && v.find("chunked") != std::string::npos) return false;
      if (name == "content-encoding" && v != "identity") return false;
    }
    at = next;
  }
  if (!html) return false;
  content.erase(0, head_end + 4);
  return true;
}

}  // namespace

void WarcReader::GzCloser::operator()(void* file) const { gzclose(static_cast<gzFile>(file)); }

Result<WarcReader> WarcReader::open(const std::string& path) {
  gzFile file = gzopen(path.c_str(), "rb");
  if (!file) return Result<WarcReader>::failure(path + ": cannot open");
  gzbuffer(file, 1 << 17);
  WarcReader reader(file);
  reader.path_ = path;
  return reader;
}

std::uint64_t WarcReader::bytes_read() const { return static_cast<std::uint64_t>(gzoffset(gz(file_))); }

bool WarcReader::read_line(std::string& line) {
  line.clear();
  char buffer[4096];
  bool got_any = false;  // gzgets gives nothing at the end of the file and on a read error alike
  while (gzgets(gz(file_), buffer, sizeof buffer)) {
    got_any = true;
    line += buffer;
    if (!line.empty() && line.back() == '\n') break;
    if (line.size() > kMaxHeaderLine) {
      error_ = path_ + ": WARC header line longer than " + std::to_string(kMaxHeaderLine) + " bytes";
      return false;
    }
  }
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
  return got_any;
}

bool WarcReader::skip(std::uint64_t bytes) {
  char buffer[1 << 16];
  while (bytes > 0) {
    const int n = gzread(gz(file_), buffer, static_cast<unsigned>(std::min<std::uint64_t>(bytes, sizeof buffer)));
    if (n <= 0) return false;
    bytes -= static_cast<std::uint64_t>(n);
  }
  return true;
}

bool WarcReader::next(WarcResponse& out) {
  std::string line;
  while (true) {
    do {  // blank lines between records
      if (!read_line(line)) return false;
    } while (line.empty());
    if (line.rfind("WARC/", 0) != 0) {
      error_ = path_ + ": expected a WARC record, found \"" + line.substr(0, 40) + "\"";
      return false;
    }
    std::string type, uri, name, value;
    std::uint64_t length = 0;
    bool has_length = false;
    while (read_line(line) && !line.empty()) {
      if (!split_field(line, name, value)) continue;
      if (name == "warc-type") type = value;
      if (name == "warc-target-uri") uri = value;
      if (name == "content-length")
        has_length = std::from_chars(value.data(), value.data() + value.size(), length).ec == std::errc{};
    }
    if (!has_length) {
      error_ = path_ + ": WARC record without a valid Content-Length";
      return false;
    }
    if (type != "response" || length > limits::kMaxInputBytes) {
      if (!skip(length)) {
        error_ = path_ + ": truncated WARC record";
        return false;
      }
      continue;
    }
    std::string content(length, '\0');
    if (gzread(gz(file_), content.data(), static_cast<unsigned>(length)) != static_cast<int>(length)) {
      error_ = path_ + ": truncated WARC record";
      return false;
    }
    if (!html_payload(content)) continue;
    out.target_uri = std::move(uri);
    out.html = std::move(content);
    return true;
  }
}

}  // namespace firsthand::cli
