// File I/O for pack commands (see pack_files.h).
#include "pack_files.h"

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "firsthand/index/pack.h"

namespace firsthand::cli {

Result<std::string> read_whole_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Result<std::string>::failure(path + ": cannot open");
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  std::string bytes(ec ? 0 : size, '\0');
  if (!in.read(bytes.data(), static_cast<std::streamsize>(bytes.size())))
    return Result<std::string>::failure(path + ": read failed");
  return bytes;
}

Result<ArticleIndex> load_pack_file(const std::string& path) {
  auto bytes = read_whole_file(path);
  if (!bytes) return Result<ArticleIndex>::failure(bytes.error());
  auto index = load_pack(bytes.value());
  if (!index) return Result<ArticleIndex>::failure(path + ": " + index.error());
  return index;
}

Result<std::size_t> write_file_atomically(const std::string& path, std::string_view bytes) {
  const std::string temporary = path + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out.write(bytes.data(), static_cast<std::streamsize>(bytes.size())) || !out.flush()) {
      std::remove(temporary.c_str());
      return Result<std::size_t>::failure(temporary + ": cannot write");
    }
  }
  std::error_code ec;
  std::filesystem::rename(temporary, path, ec);
  if (ec) return Result<std::size_t>::failure(path + ": cannot replace (" + ec.message() + ")");
  return bytes.size();
}

}  // namespace firsthand::cli
