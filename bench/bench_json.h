// Machine-readable figures for bench/report.sh: a bench run with FIRSTHAND_BENCH_JSON=FILE writes there the rows
// it wants in the README's figures table, {"rows": [{"figure", "value", "peer"}]}, each figure beside its peer
// (or bound) from the same run, so the report never parses the human-readable table. Without the variable,
// nothing is written. The same format is written by bench_json.py and bench_json.mjs.
#pragma once

#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

namespace firsthand::bench {

// printf into a std::string, for the rows' cells.
inline std::string format(const char* pattern, ...) {
  char buffer[256];
  va_list args;
  va_start(args, pattern);
  std::vsnprintf(buffer, sizeof buffer, pattern, args);
  va_end(args);
  return buffer;
}

class FigureRows {
 public:
  void add(const std::string& figure, const std::string& value, const std::string& peer) {
    rows_.push_back({{"figure", figure}, {"value", value}, {"peer", peer}});
  }
  // Writes the rows to $FIRSTHAND_BENCH_JSON, if set; false only when the file could not be written.
  bool write() const {
    const char* path = std::getenv("FIRSTHAND_BENCH_JSON");
    if (path == nullptr || *path == '\0') return true;
    std::ofstream out(path);
    out << nlohmann::json{{"rows", rows_}}.dump(1) << "\n";
    return static_cast<bool>(out);
  }

 private:
  nlohmann::json rows_ = nlohmann::json::array();
};

}  // namespace firsthand::bench
