// Input walking and the JSON Lines reader of `pack build` (WARC files go through warc_reader.h).
#include "page_sources.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "firsthand/page/limits.h"
#include "page_input.h"
#include "warc_reader.h"

namespace firsthand::cli {
namespace {

namespace fs = std::filesystem;

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
bool is_jsonl(const std::string& path) { return ends_with(path, ".jsonl") || ends_with(path, ".ndjson"); }
bool is_warc(const std::string& path) { return ends_with(path, ".warc") || ends_with(path, ".warc.gz"); }
bool is_page_file(const std::string& path) {
  return ends_with(path, ".html") || ends_with(path, ".htm") || ends_with(path, ".txt") || is_jsonl(path) ||
         is_warc(path);
}

// One line, at most `limit` bytes: a longer line is consumed and reported, never held in memory.
bool read_bounded_line(std::istream& in, std::string& line, std::size_t limit, bool& too_long) {
  line.clear();
  too_long = false;
  char c;
  bool any = false;
  while (in.get(c)) {
    any = true;
    if (c == '\n') return true;
    if (line.size() < limit)
      line.push_back(c);
    else
      too_long = true;
  }
  return any;
}

std::string json_string(const nlohmann::json& object, const char* key) {
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

void read_jsonl(const std::string& path, const std::function<void(SourcePage&)>& page,
                const std::function<void(const std::string&)>& problem,
                const std::function<void(std::uint64_t)>& advanced) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return problem(path + ": cannot open");
  std::string line;
  bool too_long = false;
  std::uint64_t done = 0;
  for (std::size_t number = 1; read_bounded_line(in, line, limits::kMaxInputBytes, too_long); ++number) {
    done += line.size() + 1;
    const std::string name = path + ":" + std::to_string(number);
    if (too_long) {
      problem(name + ": line longer than the input limit, skipped");
    } else if (!line.empty()) {
      const auto record = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
      if (!record.is_object()) {
        problem(name + ": not a JSON object");
      } else {
        SourcePage source{name, json_string(record, "url"), json_string(record, "title"), json_string(record, "html")};
        if (source.bytes.empty()) {
          source.bytes = json_string(record, "text");
          source.is_text = true;
        }
        if (source.bytes.empty())
          problem(name + ": no \"html\" or \"text\" string");
        else
          page(source);
      }
    }
    advanced(done);
  }
}

void read_warc(const std::string& path, const std::function<void(SourcePage&)>& page,
               const std::function<void(const std::string&)>& problem,
               const std::function<void(std::uint64_t)>& advanced) {
  auto reader = WarcReader::open(path);
  if (!reader) return problem(reader.error());
  WarcResponse response;
  for (std::size_t record = 1; reader->next(response); ++record) {
    SourcePage source{path + "#" + std::to_string(record), std::move(response.target_uri), "",
                      std::move(response.html)};
    page(source);
    advanced(reader->bytes_read());
  }
  if (!reader->error().empty()) problem(reader->error());
}

}  // namespace

Result<PageSources> PageSources::open(const std::vector<std::string>& inputs) {
  PageSources sources;
  for (const std::string& input : inputs) {
    std::error_code ec;
    if (fs::is_directory(input, ec)) {
      std::vector<std::string> found;
      for (fs::recursive_directory_iterator it(input, fs::directory_options::skip_permission_denied, ec), end;
           !ec && it != end; it.increment(ec))
        if (it->is_regular_file(ec) && is_page_file(it->path().string())) found.push_back(it->path().string());
      std::sort(found.begin(), found.end());
      sources.files_.insert(sources.files_.end(), found.begin(), found.end());
    } else if (fs::is_regular_file(input, ec)) {
      sources.files_.push_back(input);
    } else {
      return Result<PageSources>::failure(input + ": no such file or folder");
    }
  }
  for (const std::string& file : sources.files_) {
    std::error_code ec;
    const auto size = fs::file_size(file, ec);
    if (!ec) sources.total_bytes_ += size;
  }
  return sources;
}

void PageSources::for_each(const std::function<void(SourcePage&)>& page,
                           const std::function<void(const std::string&)>& problem,
                           const std::function<void(const SourceProgress&)>& progress) const {
  SourceProgress state{0, total_bytes_};
  for (const std::string& file : files_) {
    std::error_code ec;
    const std::uint64_t file_bytes = fs::file_size(file, ec);
    const std::uint64_t before = state.bytes_done;
    const auto advanced = [&](std::uint64_t done_in_file) {
      state.bytes_done = before + std::min(done_in_file, file_bytes);
      progress(state);
    };
    if (is_jsonl(file)) {
      read_jsonl(file, page, problem, advanced);
    } else if (is_warc(file)) {
      read_warc(file, page, problem, advanced);
    } else {
      auto bytes = read_input(file);
      if (!bytes) {
        problem(bytes.error());
      } else {
        SourcePage source{file, "", "", std::move(bytes).value()};
        page(source);
      }
    }
    state.bytes_done = before + file_bytes;
    progress(state);
  }
}

}  // namespace firsthand::cli
