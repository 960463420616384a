// Reading and writing pack files for the commands (`pack`, `check --pack`): whole-file reads without the page
// size limit (a pack of a million articles is hundreds of MB), and writes that replace the target only once
// the new file is complete.
#pragma once
#include <string>
#include <string_view>

#include "firsthand/index.h"
#include "firsthand/result.h"

namespace firsthand::cli {

Result<std::string> read_whole_file(const std::string& path);
Result<ArticleIndex> load_pack_file(const std::string& path);
// Writes PATH.tmp then renames it over PATH, so an interrupted build never leaves a half-written pack.
Result<std::size_t> write_file_atomically(const std::string& path, std::string_view bytes);

}  // namespace firsthand::cli
