// Runs every fixture folder under tests/fixtures/pages/: source.html (decoded as the CLI decodes files, then the
// gumbo producer) or source.txt (plain-text producer) goes through extract(); the body must equal expected.txt (paragraphs separated by one blank line,
// whitespace-normalised) and each key of expected-metadata.json must equal that key of to_json(meta).
// Fixture folders are named by what they show (clutter-*, meta-*, text-*): add a folder, no code.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "firsthand/extract.h"
#include "firsthand/page/text_producer.h"
#include "charset_decode.h"
#include "html_producer.h"
#include "test_support.h"

using namespace firsthand;
namespace fs = std::filesystem;

namespace {

// Collapses runs of whitespace to one space and trims, so line wrapping in expected.txt does not matter.
std::string normalise_space(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

// expected.txt: paragraphs separated by blank lines.
std::vector<std::string> expected_paragraphs(const std::string& text) {
  std::vector<std::string> paragraphs;
  std::string current;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string line = normalise_space(std::string_view(text).substr(start, end - start));
    if (line.empty()) {
      if (!current.empty()) paragraphs.push_back(current);
      current.clear();
    } else {
      current = current.empty() ? line : current + " " + line;
    }
    start = end + 1;
  }
  if (!current.empty()) paragraphs.push_back(current);
  return paragraphs;
}

std::vector<fs::path> fixture_folders() {
  std::vector<fs::path> folders;
  for (const auto& entry : fs::directory_iterator(test::fixtures_dir() / "pages"))
    if (entry.is_directory()) folders.push_back(entry.path());
  std::sort(folders.begin(), folders.end());
  return folders;
}

Article extract_fixture(const fs::path& folder) {
  if (fs::exists(folder / "source.html")) {
    auto page = page_from_html(decode_to_utf8(test::read_file(folder / "source.html")));
    REQUIRE(page.ok());
    return extract(page.value());
  }
  REQUIRE(fs::exists(folder / "source.txt"));
  return extract(page_from_text(test::read_file(folder / "source.txt")));
}

}  // namespace

TEST_CASE("page fixtures: body and metadata match the expected files", "[fixtures][extract]") {
  const auto folders = fixture_folders();
  REQUIRE_FALSE(folders.empty());
  for (const fs::path& folder : folders) {
    DYNAMIC_SECTION(folder.filename().string()) {
      const Article article = extract_fixture(folder);

      std::vector<std::string> body;
      for (const auto& p : article.paragraphs) body.push_back(normalise_space(p));
      CHECK(body == expected_paragraphs(test::read_file(folder / "expected.txt")));

      const auto expected_meta = nlohmann::json::parse(test::read_file(folder / "expected-metadata.json"), nullptr,
                                                       /*allow_exceptions=*/false);
      REQUIRE(expected_meta.is_object());
      const nlohmann::json meta = to_json(article.meta);
      for (const auto& [key, value] : expected_meta.items()) {
        INFO("metadata key " << key);
        CHECK(meta.value(key, nlohmann::json()) == value);
      }
    }
  }
}
