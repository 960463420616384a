// Shared test helpers: where fixtures and ../shared live, file reading, and the skip convention.
#pragma once
#include <filesystem>
#include <optional>
#include <string>

namespace firsthand::test {

std::filesystem::path fixtures_dir();                 // tests/fixtures
// ../shared beside the repository (or $FIRSTHAND_SHARED), or nothing when absent.
std::optional<std::filesystem::path> shared_dir();
std::string read_file(const std::filesystem::path& path);

}  // namespace firsthand::test

// Ends the current test as skipped (ctest matches "SKIPPED:") when ../shared is absent.
#define REQUIRE_SHARED(var)                                                                          \
  const auto var##_opt = ::firsthand::test::shared_dir();                                           \
  if (!var##_opt) {                                                                                  \
    WARN("SKIPPED: ../shared is absent (a user's clone has none); this test needs the shared data"); \
    return;                                                                                          \
  }                                                                                                  \
  const std::filesystem::path var = *var##_opt
