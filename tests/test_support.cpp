// Test helpers (see test_support.h).
#include "test_support.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace firsthand::test {

std::filesystem::path fixtures_dir() { return FIRSTHAND_FIXTURES_DIR; }

std::optional<std::filesystem::path> shared_dir() {
  if (const char* env = std::getenv("FIRSTHAND_SHARED"); env && *env) {
    if (std::filesystem::is_directory(env)) return std::filesystem::path(env);
    return std::nullopt;
  }
  const auto beside = std::filesystem::path(FIRSTHAND_SOURCE_DIR).parent_path() / "shared";
  if (std::filesystem::is_directory(beside / "seeds")) return beside;
  return std::nullopt;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path.string());
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace firsthand::test
