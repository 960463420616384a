// Streams the HTML responses out of a WARC file, one record at a time, so a crawl shard of any size is read
// in bounded memory. Reads plain .warc and .warc.gz alike (zlib's gzread passes plain files through and reads
// the concatenated per-record gzip members that crawlers such as Common Crawl write).
#pragma once
#include <cstdint>
#include <memory>
#include <string>

#include "firsthand/result.h"

namespace firsthand::cli {

struct WarcResponse {
  std::string target_uri;  // WARC-Target-URI
  std::string html;        // HTTP payload, headers stripped
};

class WarcReader {
 public:
  static Result<WarcReader> open(const std::string& path);

  // Reads up to the next HTML response with status 200. Returns false at the end of the file or on a damaged
  // record (then `error()` says why; the rest of the file cannot be trusted to be aligned on records).
  bool next(WarcResponse& out);
  const std::string& error() const { return error_; }
  std::uint64_t bytes_read() const;  // position in the file as stored (compressed), for progress

  struct GzCloser {
    void operator()(void* file) const;
  };

 private:
  explicit WarcReader(void* file) : file_(file) {}

  bool read_line(std::string& line);
  bool skip(std::uint64_t bytes);

  std::unique_ptr<void, GzCloser> file_;
  std::string path_;
  std::string error_;
};

}  // namespace firsthand::cli
