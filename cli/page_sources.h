// The inputs of `firsthand pack build`, streamed one page at a time so a crawl larger than memory can be
// packed: folders (walked recursively, in sorted order so packs are reproducible), HTML or text files,
// JSON Lines files ({"url", "title", "html" | "text", ...} per line) and WARC files (.warc, .warc.gz).
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "firsthand/result.h"

namespace firsthand::cli {

struct SourcePage {
  std::string name;   // file, file:line or file#record, for messages
  std::string url;    // from the JSON line or the WARC record; empty for plain files
  std::string title;  // from the JSON line, used when the page itself has none
  std::string bytes;  // HTML or text
  bool is_text = false;  // the JSON line said "text": skip HTML detection
};

struct SourceProgress {
  std::uint64_t bytes_done = 0;   // of the input files as stored
  std::uint64_t bytes_total = 0;
};

class PageSources {
 public:
  // Expands folders; fails on an input that does not exist.
  static Result<PageSources> open(const std::vector<std::string>& inputs);

  // Calls `page` for each page in order, and `problem` for each record that could not be read (the build
  // goes on). `progress` is called after each page.
  void for_each(const std::function<void(SourcePage&)>& page, const std::function<void(const std::string&)>& problem,
                const std::function<void(const SourceProgress&)>& progress) const;

 private:
  std::vector<std::string> files_;
  std::uint64_t total_bytes_ = 0;
};

}  // namespace firsthand::cli
