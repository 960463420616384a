// A one-line progress bar on stderr (count, rate, share done, ETA), drawn only when stderr is a terminal so
// logs and pipes stay clean.
#pragma once
#include <chrono>
#include <cstdint>
#include <string>

namespace firsthand::cli {

class ProgressBar {
 public:
  explicit ProgressBar(std::string unit);
  // `done`/`total` measure the input (bytes) for the share and the ETA; `count` is what the rate counts.
  void update(std::uint64_t count, std::uint64_t done, std::uint64_t total);
  void finish();  // clears the line

 private:
  using Clock = std::chrono::steady_clock;
  std::string unit_;
  bool enabled_;
  Clock::time_point start_;
  Clock::time_point last_draw_;
};

}  // namespace firsthand::cli
