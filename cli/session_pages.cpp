// Gathering, naming, ordering and halving the pages of a reading session (session_pages.h).
#include "session_pages.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace firsthand::cli {
namespace {
namespace fs = std::filesystem;

std::string page_name(const fs::path& path) {
  const fs::path parent = path.parent_path().filename();
  return parent.empty() ? path.filename().string() : (parent / path.filename()).string();
}

// `half_of`: the name whose half the page takes (its own, unless it was made from another page).
SessionPage make_page(const fs::path& path, std::string url, const std::string& half_of = "") {
  SessionPage page{path.string(), page_name(path), std::move(url), false};
  page.validation = stable_hash(half_of.empty() ? page.name : half_of) & 1;
  return page;
}

bool is_page_file(const fs::path& path) {
  const std::string ext = path.extension().string();
  return ext == ".html" || ext == ".htm" || ext == ".txt";
}

Result<bool> add_folder(const fs::path& dir, std::vector<SessionPage>& pages) {
  std::error_code ec;
  std::vector<fs::path> files;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec))
    if (it->is_regular_file(ec) && is_page_file(it->path())) files.push_back(it->path());
  if (ec) return Result<bool>::failure(dir.string() + ": " + ec.message());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) pages.push_back(make_page(f, ""));
  return true;
}

Result<bool> add_list(const fs::path& list, std::vector<SessionPage>& pages) {
  std::ifstream in(list);
  if (!in) return Result<bool>::failure(list.string() + ": cannot open");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const auto tab = line.find('\t');
    const auto second_tab = tab == std::string::npos ? tab : line.find('\t', tab + 1);
    fs::path path = line.substr(0, tab);
    if (path.is_relative()) path = list.parent_path() / path;
    std::string url = tab == std::string::npos ? "" : line.substr(tab + 1, second_tab - tab - 1);
    pages.push_back(make_page(path, std::move(url), second_tab == std::string::npos ? "" : line.substr(second_tab + 1)));
  }
  return true;
}

}  // namespace

std::uint64_t stable_hash(const std::string& s, std::uint64_t seed) {
  std::uint64_t h = 14695981039346656037ull ^ seed;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  // A final mix so that names differing in their last byte still spread over the whole range.
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  return h ^ (h >> 33);
}

Result<std::vector<SessionPage>> gather_session_pages(const std::vector<std::string>& inputs,
                                                      const std::vector<std::string>& list_files) {
  using R = Result<std::vector<SessionPage>>;
  std::vector<SessionPage> pages;
  for (const auto& input : inputs) {
    std::error_code ec;
    if (fs::is_directory(input, ec)) {
      if (auto added = add_folder(input, pages); !added) return R::failure(added.error());
    } else if (fs::is_regular_file(input, ec)) {
      pages.push_back(make_page(input, ""));
    } else {
      return R::failure(input + ": no such file or folder");
    }
  }
  for (const auto& list : list_files)
    if (auto added = add_list(list, pages); !added) return R::failure(added.error());
  return pages;
}

void shuffle_session(std::vector<SessionPage>& pages, std::uint64_t seed) {
  std::stable_sort(pages.begin(), pages.end(), [seed](const SessionPage& a, const SessionPage& b) {
    return stable_hash(a.name, seed) < stable_hash(b.name, seed);  // the name, not the path: the same order in any checkout
  });
}

}  // namespace firsthand::cli
