// `firsthand pack keygen | publish | verify` (feed_manifest.h says what a feed is). publish adds packs to a
// feed folder (a new one, or the feed already there, which must carry the same key), drops the packs published
// more than the window's days before the publishing day, and signs the manifest and every pack; verify checks
// the manifest's signature (against a pinned key with --pub) and each pack's size, SHA-256, signature and
// contents, naming every mismatch.
#include "pack_feed.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <iostream>

#include "feed_crypto.h"
#include "feed_manifest.h"
#include "firsthand/index/pack.h"
#include "pack_files.h"

namespace firsthand::cli {
namespace {

namespace fs = std::filesystem;

const Command kFeedUsage{"pack",
                         "pack keygen --out NAME | pack publish --key NAME.key --out FEED_DIR [--title T] "
                         "[--publisher P] [--homepage URL] [--interval MINUTES] [--window-days N] [--mirror URL]... "
                         "[--date YYYY-MM-DD] PACK... | pack verify FEED_DIR/feed.json [--pub NAME.pub]",
                         "", nullptr};

int fail(const char* command, const std::string& message) {
  std::cerr << "firsthand pack " << command << ": " << message << "\n";
  return 1;
}

std::string today_utc(const char* format) {
  const std::time_t now = std::time(nullptr);
  std::tm parts{};
  gmtime_r(&now, &parts);
  char text[32];
  std::strftime(text, sizeof text, format, &parts);
  return text;
}

long days_since_epoch(const std::string& date) {  // date is YYYY-MM-DD (is_feed_date)
  using namespace std::chrono;
  const year_month_day day{year{std::stoi(date.substr(0, 4))}, month{static_cast<unsigned>(std::stoi(date.substr(5, 2)))},
                           std::chrono::day{static_cast<unsigned>(std::stoi(date.substr(8, 2)))}};
  return sys_days{day}.time_since_epoch().count();
}

// A positive whole number option within [low, high].
bool take_number(Args& args, const std::string& name, std::uint32_t low, std::uint32_t high, std::uint32_t& out,
                 std::string& error) {
  std::string text;
  if (!take_option(args, name, text)) return true;
  try {
    std::size_t used = 0;
    const unsigned long value = std::stoul(text, &used);
    if (used == text.size() && value >= low && value <= high) {
      out = static_cast<std::uint32_t>(value);
      return true;
    }
  } catch (const std::exception&) {
  }
  error = name + " must be a whole number from " + std::to_string(low) + " to " + std::to_string(high);
  return false;
}

// The feed entry for pack bytes: size, hash, signature, article count and the articles' date range.
Result<FeedPack> describe_pack(const std::string& bytes, const KeyPair& key) {
  auto index = load_pack(bytes);
  if (!index) return Result<FeedPack>::failure(index.error());
  FeedPack pack;
  pack.size = bytes.size();
  pack.sha256 = sha256_hex(bytes);
  pack.signature = to_base64(sign_detached(bytes, key.secret_key));
  pack.articles = index->size();
  for (ArticleId id = 0; id < index->id_bound(); ++id) {
    if (!index->contains(id)) continue;
    const std::string date = index->metadata(id).date.substr(0, 10);
    if (!is_feed_date(date)) continue;
    if (pack.first_date.empty() || date < pack.first_date) pack.first_date = date;
    if (pack.last_date.empty() || date > pack.last_date) pack.last_date = date;
  }
  return pack;
}

Result<Feed> existing_feed(const fs::path& manifest_path, const KeyPair& key) {
  auto text = read_whole_file(manifest_path.string());
  if (!text) return Result<Feed>::failure(text.error());
  auto feed = parse_feed(text.value());
  if (!feed) return Result<Feed>::failure(manifest_path.string() + ": " + feed.error());
  if (feed->public_key != key.public_key)
    return Result<Feed>::failure(manifest_path.string() + " belongs to another key (" +
                                 key_fingerprint(feed->public_key) + "), not this one (" +
                                 key_fingerprint(key.public_key) + ")");
  return feed;
}

// One pack's problems against its entry, or "" when it verifies. Reads no more than the entry's size.
std::string check_pack(const fs::path& folder, const FeedPack& entry, const std::string& public_key) {
  const fs::path path = folder / entry.url;
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (ec) return entry.url + ": missing (" + ec.message() + ")";
  if (size < entry.size)
    return entry.url + ": truncated, " + std::to_string(size) + " of " + std::to_string(entry.size) + " bytes";
  if (size > entry.size)
    return entry.url + ": oversized, " + std::to_string(size) + " bytes where the feed says " +
           std::to_string(entry.size);
  auto bytes = read_whole_file(path.string());
  if (!bytes) return bytes.error();
  if (sha256_hex(bytes.value()) != entry.sha256) return entry.url + ": SHA-256 differs from the feed's (tampered)";
  if (!verify_detached(bytes.value(), from_base64(entry.signature, kSignatureBytes).value(), public_key))
    return entry.url + ": bad signature";
  auto info = inspect_pack(bytes.value());
  if (!info) return entry.url + ": " + info.error();
  if (info->article_count != entry.articles)
    return entry.url + ": holds " + std::to_string(info->article_count) + " articles, the feed says " +
           std::to_string(entry.articles);
  return "";
}

}  // namespace

int run_keygen(Args args) {
  std::string name;
  if (!take_option(args, "--out", name) || !args.empty()) return usage_error(kFeedUsage, "pack keygen needs --out NAME");
  if (fs::exists(name + ".key")) return fail("keygen", name + ".key exists: not overwriting a secret key");
  const KeyPair pair = generate_key_pair();
  auto secret = write_file_atomically(name + ".key", secret_key_file_text(pair.secret_key));
  if (!secret) return fail("keygen", secret.error());
  fs::permissions(name + ".key", fs::perms::owner_read | fs::perms::owner_write);
  auto public_key = write_file_atomically(name + ".pub", public_key_file_text(pair.public_key));
  if (!public_key) return fail("keygen", public_key.error());
  std::printf("wrote %s.key (secret: keep it) and %s.pub\nkey fingerprint: %s\n", name.c_str(), name.c_str(),
              key_fingerprint(pair.public_key).c_str());
  return 0;
}

int run_publish(Args args) {
  std::string key_path, out, date = today_utc("%Y-%m-%d"), error;
  if (!take_option(args, "--key", key_path) || !take_option(args, "--out", out) || args.empty())
    return usage_error(kFeedUsage, "pack publish needs --key NAME.key, --out FEED_DIR and PACK...");
  auto key = read_secret_key_file(key_path);
  if (!key) return fail("publish", key.error());
  const fs::path folder(out), manifest_path = folder / "feed.json";

  Feed feed;
  if (fs::exists(manifest_path)) {
    auto existing = existing_feed(manifest_path, key.value());
    if (!existing) return fail("publish", existing.error());
    feed = std::move(existing).value();
  }
  feed.public_key = key->public_key;
  take_option(args, "--title", feed.title);
  take_option(args, "--publisher", feed.publisher);
  take_option(args, "--homepage", feed.homepage);
  take_option(args, "--date", date);
  if (!take_number(args, "--interval", feed_limits::kMinIntervalMinutes, feed_limits::kMaxIntervalMinutes,
                   feed.interval_minutes, error) ||
      !take_number(args, "--window-days", 1, feed_limits::kMaxWindowDays, feed.window_days, error))
    return usage_error(kFeedUsage, error);
  std::vector<std::string> mirrors;
  for (std::string mirror; take_option(args, "--mirror", mirror);) mirrors.push_back(mirror);
  if (!mirrors.empty()) feed.mirrors = mirrors;
  if (feed.title.empty() || feed.publisher.empty()) return usage_error(kFeedUsage, "a new feed needs --title and --publisher");
  if (!is_feed_date(date)) return usage_error(kFeedUsage, "--date must be YYYY-MM-DD");

  fs::create_directories(folder / "packs");
  for (const std::string& input : args) {
    const std::string url = "packs/" + fs::path(input).filename().string();
    if (!is_safe_relative_path(url)) return fail("publish", input + ": use a plain file name (letters, digits, . _ -)");
    auto bytes = read_whole_file(input);
    if (!bytes) return fail("publish", bytes.error());
    auto entry = describe_pack(bytes.value(), key.value());
    if (!entry) return fail("publish", input + ": " + entry.error());
    entry->url = url;
    entry->published = date;
    auto copied = write_file_atomically((folder / url).string(), bytes.value());
    if (!copied) return fail("publish", copied.error());
    std::erase_if(feed.packs, [&](const FeedPack& p) { return p.url == url; });
    feed.packs.push_back(std::move(entry).value());
    std::printf("added %s: %llu articles\n", url.c_str(), static_cast<unsigned long long>(feed.packs.back().articles));
  }
  // The window: a pack published more than window_days before the publishing day leaves the feed and the folder.
  const long oldest_kept = days_since_epoch(date) - static_cast<long>(feed.window_days) + 1;
  std::erase_if(feed.packs, [&](const FeedPack& p) {
    if (days_since_epoch(p.published) >= oldest_kept) return false;
    fs::remove(folder / p.url);
    std::printf("dropped %s (published %s, past the %u-day window)\n", p.url.c_str(), p.published.c_str(),
                feed.window_days);
    return true;
  });
  feed.updated = today_utc("%Y-%m-%dT%H:%M:%SZ");

  const std::string manifest = feed_to_json(feed);
  auto checked = parse_feed(manifest);  // what readers will be given must pass their checks
  if (!checked) return fail("publish", checked.error());
  auto signature = write_file_atomically((folder / "feed.json.sig").string(), sign_detached(manifest, key->secret_key));
  auto written = signature ? write_file_atomically(manifest_path.string(), manifest) : signature;
  if (!written) return fail("publish", written.error());
  std::printf("%s: %zu packs, signed by key %s\n", manifest_path.string().c_str(), feed.packs.size(),
              key_fingerprint(key->public_key).c_str());
  return 0;
}

int run_verify(Args args) {
  std::string pub_path;
  const bool pinned = take_option(args, "--pub", pub_path);
  if (args.size() != 1) return usage_error(kFeedUsage, "pack verify needs FEED_DIR/feed.json");
  const fs::path manifest_path(args[0]);
  std::error_code ec;
  const auto manifest_size = fs::file_size(manifest_path, ec);
  if (ec) return fail("verify", manifest_path.string() + ": cannot open");
  if (manifest_size > feed_limits::kManifestBytes)
    return fail("verify", manifest_path.string() + ": larger than " + std::to_string(feed_limits::kManifestBytes) + " bytes");
  auto manifest = read_whole_file(manifest_path.string());
  if (!manifest) return fail("verify", manifest.error());
  auto feed = parse_feed(manifest.value());
  if (!feed) return fail("verify", manifest_path.string() + ": " + feed.error());
  if (pinned) {
    auto pub = read_public_key_file(pub_path);
    if (!pub) return fail("verify", pub.error());
    if (pub.value() != feed->public_key)
      return fail("verify", "the feed's key " + key_fingerprint(feed->public_key) + " is not " + pub_path + " (" +
                                key_fingerprint(pub.value()) + ")");
  }
  const fs::path signature_path = manifest_path.string() + ".sig";
  const auto signature_size = fs::file_size(signature_path, ec);
  if (ec || signature_size != kSignatureBytes)
    return fail("verify", signature_path.string() + ": missing or not a 64-byte signature");
  auto signature = read_whole_file(signature_path.string());
  if (!signature || !verify_detached(manifest.value(), signature.value(), feed->public_key))
    return fail("verify", manifest_path.string() + ": bad signature (the manifest was changed or signed by another key)");

  std::size_t problems = 0;
  std::uint64_t articles = 0;
  for (const FeedPack& pack : feed->packs) {
    const std::string problem = check_pack(manifest_path.parent_path(), pack, feed->public_key);
    if (!problem.empty()) {
      std::cerr << "firsthand pack verify: " << problem << "\n";
      ++problems;
    }
    articles += pack.articles;
  }
  if (problems) return fail("verify", std::to_string(problems) + " of " + std::to_string(feed->packs.size()) + " packs refused");
  std::printf("%s: \"%s\" by %s, key %s%s\n%zu packs, %llu articles: signatures, sizes and SHA-256 verified\n",
              manifest_path.string().c_str(), feed->title.c_str(), feed->publisher.c_str(),
              key_fingerprint(feed->public_key).c_str(), pinned ? " (pinned)" : "", feed->packs.size(),
              static_cast<unsigned long long>(articles));
  return 0;
}

}  // namespace firsthand::cli
