// Progress bar drawing; redrawn at most ten times a second so it never slows the work it reports on.
#include "progress.h"

#include <unistd.h>

#include <cstdio>

namespace firsthand::cli {
namespace {

std::string clock_time(double seconds) {
  const auto s = static_cast<long>(seconds + 0.5);
  char out[32];
  std::snprintf(out, sizeof out, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  return out;
}

}  // namespace

ProgressBar::ProgressBar(std::string unit)
    : unit_(std::move(unit)), enabled_(isatty(fileno(stderr)) != 0), start_(Clock::now()), last_draw_(start_) {}

void ProgressBar::update(std::uint64_t count, std::uint64_t done, std::uint64_t total) {
  if (!enabled_) return;
  const auto now = Clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  const double elapsed = std::chrono::duration<double>(now - start_).count();
  const double share = total ? static_cast<double>(done) / static_cast<double>(total) : 0.0;
  const std::string eta = share > 0.0 ? clock_time(elapsed * (1.0 - share) / share) : "?";
  constexpr int kWidth = 24;
  const int filled = static_cast<int>(share * kWidth);
  std::fprintf(stderr, "\r[%.*s%*s] %3.0f%%  %llu %s  %.0f/s  ETA %s   ", filled, "########################",
               kWidth - filled, "", share * 100.0, static_cast<unsigned long long>(count), unit_.c_str(),
               elapsed > 0 ? static_cast<double>(count) / elapsed : 0.0, eta.c_str());
  std::fflush(stderr);
}

void ProgressBar::finish() {
  if (enabled_) std::fprintf(stderr, "\r%*s\r", 100, "");
}

}  // namespace firsthand::cli
