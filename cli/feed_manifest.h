// A pack feed's manifest (FEED_DIR/feed.json): who publishes it, its public key, how often to update, its
// mirrors and, per pack, where it is and what must be true of the bytes downloaded from there (size, SHA-256,
// Ed25519 signature). feed.json.sig beside it is the detached signature of feed.json's exact bytes.
// Parsing never trusts the text: every field is type-checked and bounded (feed_limits below), and a pack URL
// must be a plain relative path inside the feed (no "..", no scheme, no leading "/"), since readers fetch it.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "firsthand/result.h"

namespace firsthand::cli {

inline constexpr std::string_view kFeedFormat = "firsthand-feed-1";

namespace feed_limits {
inline constexpr std::size_t kManifestBytes = 1 << 20;  // also the extension's limit on feed.json
inline constexpr std::size_t kTextChars = 200;           // title, publisher
inline constexpr std::size_t kUrlChars = 2000;           // homepage, mirrors, pack URLs
inline constexpr std::size_t kPacks = 400;
inline constexpr std::size_t kMirrors = 8;
inline constexpr std::uint64_t kPackBytes = 1ull << 30;
inline constexpr std::uint32_t kMinIntervalMinutes = 15;
inline constexpr std::uint32_t kMaxIntervalMinutes = 7 * 24 * 60;
inline constexpr std::uint32_t kMaxWindowDays = 366;
}  // namespace feed_limits

struct FeedPack {
  std::string url;        // relative to the feed's folder, e.g. "packs/2026-12-01.fhpack"
  std::uint64_t size = 0;
  std::string sha256;     // 64 lowercase hex digits
  std::string signature;  // base64 of the 64-byte Ed25519 signature over the pack's bytes
  std::uint64_t articles = 0;
  std::string first_date, last_date;  // the articles' date range, YYYY-MM-DD, empty when no article has a date
  std::string published;              // the day the pack joined the feed, YYYY-MM-DD: the window counts from it
};

struct Feed {
  std::string title, publisher, homepage;
  std::string public_key;  // 32 raw bytes (base64 in the JSON)
  std::uint32_t interval_minutes = 24 * 60;
  std::uint32_t window_days = 7;
  std::string updated;     // when it was published, YYYY-MM-DDTHH:MM:SSZ
  std::vector<std::string> mirrors;  // other base URLs serving the same folder, tried in turn
  std::vector<FeedPack> packs;
};

std::string feed_to_json(const Feed& feed);
Result<Feed> parse_feed(std::string_view text);

bool is_feed_date(std::string_view text);          // YYYY-MM-DD
bool is_safe_relative_path(std::string_view path);  // what a pack URL may be

}  // namespace firsthand::cli
