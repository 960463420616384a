// The pages of a reading session (`firsthand session`): gathered from files, folders and list files, named
// by their last two path components (what the labels file and the alarms print), put in a fixed shuffled
// order and split into a development and a validation half, both by stable hashes of the name.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "firsthand/result.h"

namespace firsthand::cli {

struct SessionPage {
  std::string path;
  std::string name;  // "html/042b...html", "yahoo-3/source.html"
  std::string url;   // the page's address when a list file gives it, else empty
  bool validation = false;  // in the validation half (never tuned on)
};

// FNV-1a with a final mix: stable across machines and library versions, unlike std::hash.
std::uint64_t stable_hash(const std::string& s, std::uint64_t seed = 0);

// Folders are walked recursively for .html, .htm and .txt files. A list file holds one page a line:
// PATH, PATH<TAB>URL, or PATH<TAB>URL<TAB>NAME for a page made from the page named NAME (a copy made at test
// time), which takes NAME's half so that a copy is never tuned on when its original is not; relative paths are
// read from the list file's folder; '#' starts a comment.
Result<std::vector<SessionPage>> gather_session_pages(const std::vector<std::string>& inputs,
                                                      const std::vector<std::string>& list_files);

// Sorts the pages into the reading order for `seed`: the same seed always gives the same order.
void shuffle_session(std::vector<SessionPage>& pages, std::uint64_t seed);

}  // namespace firsthand::cli
