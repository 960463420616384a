// feed.json to and from a Feed, with every field checked (see feed_manifest.h).
#include "feed_manifest.h"

#include <re2/re2.h>

#include <nlohmann/json.hpp>

#include "feed_crypto.h"

namespace firsthand::cli {
namespace {

using nlohmann::json;

Result<Feed> refuse(const std::string& why) { return Result<Feed>::failure("feed.json: " + why); }

// `object[key]` as a string of at most `limit` bytes; empty when absent and optional.
bool read_text(const json& object, const char* key, std::size_t limit, bool required, std::string& out,
               std::string& error) {
  const auto it = object.find(key);
  if (it == object.end()) {
    if (required) error = std::string("\"") + key + "\" is missing";
    return !required;
  }
  if (!it->is_string()) {
    error = std::string("\"") + key + "\" is not a string";
    return false;
  }
  out = it->get<std::string>();
  if (out.size() > limit) {
    error = std::string("\"") + key + "\" is longer than " + std::to_string(limit) + " bytes";
    return false;
  }
  return true;
}

bool read_count(const json& object, const char* key, std::uint64_t low, std::uint64_t high, std::uint64_t& out,
                std::string& error) {
  const auto it = object.find(key);
  if (it == object.end() || !it->is_number_unsigned() || it->get<std::uint64_t>() < low ||
      it->get<std::uint64_t>() > high) {
    error = std::string("\"") + key + "\" must be a whole number from " + std::to_string(low) + " to " +
            std::to_string(high);
    return false;
  }
  out = it->get<std::uint64_t>();
  return true;
}

bool is_web_url(std::string_view url) {
  static const RE2 web_url(R"(https?://[A-Za-z0-9.\-\[\]:]+(/[^\s"<>\\]*)?)");
  return RE2::FullMatch(url, web_url);
}

Result<FeedPack> parse_pack(const json& entry, std::size_t index) {
  const std::string where = "pack " + std::to_string(index + 1) + ": ";
  if (!entry.is_object()) return Result<FeedPack>::failure(where + "not an object");
  FeedPack pack;
  std::string error, signature;
  const bool read = read_text(entry, "url", feed_limits::kUrlChars, true, pack.url, error) &&
                    read_count(entry, "size", 1, feed_limits::kPackBytes, pack.size, error) &&
                    read_text(entry, "sha256", 64, true, pack.sha256, error) &&
                    read_text(entry, "signature", 100, true, signature, error) &&
                    read_count(entry, "articles", 0, UINT32_MAX, pack.articles, error) &&
                    read_text(entry, "first_date", 10, false, pack.first_date, error) &&
                    read_text(entry, "last_date", 10, false, pack.last_date, error) &&
                    read_text(entry, "published", 10, true, pack.published, error);
  if (!read) return Result<FeedPack>::failure(where + error);
  if (!is_safe_relative_path(pack.url))
    return Result<FeedPack>::failure(where + "URL \"" + pack.url + "\" is not a plain path inside the feed");
  static const RE2 hex64("[0-9a-f]{64}");
  if (!RE2::FullMatch(pack.sha256, hex64)) return Result<FeedPack>::failure(where + "\"sha256\" is not 64 hex digits");
  auto raw_signature = from_base64(signature, kSignatureBytes);
  if (!raw_signature) return Result<FeedPack>::failure(where + "\"signature\" is " + raw_signature.error());
  pack.signature = signature;
  for (const std::string* date : {&pack.first_date, &pack.last_date, &pack.published})
    if (!date->empty() && !is_feed_date(*date)) return Result<FeedPack>::failure(where + "a date is not YYYY-MM-DD");
  if (pack.published.empty()) return Result<FeedPack>::failure(where + "\"published\" is empty");
  return pack;
}

}  // namespace

bool is_feed_date(std::string_view text) {
  static const RE2 date(R"(\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))");
  return RE2::FullMatch(text, date);
}

bool is_safe_relative_path(std::string_view path) {
  // Segments start with a letter or digit, so neither "." nor ".." nor a hidden name can appear.
  static const RE2 safe(R"([A-Za-z0-9][A-Za-z0-9._\-]{0,99}(/[A-Za-z0-9][A-Za-z0-9._\-]{0,99}){0,3})");
  return RE2::FullMatch(path, safe);
}

std::string feed_to_json(const Feed& feed) {
  json packs = json::array();
  for (const FeedPack& p : feed.packs)
    packs.push_back({{"url", p.url}, {"size", p.size}, {"sha256", p.sha256}, {"signature", p.signature},
                     {"articles", p.articles}, {"first_date", p.first_date}, {"last_date", p.last_date},
                     {"published", p.published}});
  const json manifest = {{"format", kFeedFormat},
                         {"title", feed.title},
                         {"publisher", feed.publisher},
                         {"homepage", feed.homepage},
                         {"public_key", to_base64(feed.public_key)},
                         {"update_interval_minutes", feed.interval_minutes},
                         {"window_days", feed.window_days},
                         {"updated", feed.updated},
                         {"mirrors", feed.mirrors},
                         {"packs", packs}};
  return manifest.dump(2) + "\n";
}

Result<Feed> parse_feed(std::string_view text) {
  if (text.size() > feed_limits::kManifestBytes)
    return refuse("larger than " + std::to_string(feed_limits::kManifestBytes) + " bytes");
  const json manifest = json::parse(text.begin(), text.end(), nullptr, false);
  if (manifest.is_discarded()) return refuse("not valid JSON (truncated or corrupt)");
  if (!manifest.is_object()) return refuse("not a JSON object");
  const auto format = manifest.find("format");
  if (format == manifest.end() || *format != kFeedFormat)
    return refuse("not a Firsthand feed (\"format\" is not \"" + std::string(kFeedFormat) + "\")");
  Feed feed;
  std::string error, key;
  std::uint64_t interval = 0, window = 0;
  const bool read = read_text(manifest, "title", feed_limits::kTextChars, true, feed.title, error) &&
                    read_text(manifest, "publisher", feed_limits::kTextChars, true, feed.publisher, error) &&
                    read_text(manifest, "homepage", feed_limits::kUrlChars, false, feed.homepage, error) &&
                    read_text(manifest, "public_key", 100, true, key, error) &&
                    read_count(manifest, "update_interval_minutes", feed_limits::kMinIntervalMinutes,
                               feed_limits::kMaxIntervalMinutes, interval, error) &&
                    read_count(manifest, "window_days", 1, feed_limits::kMaxWindowDays, window, error) &&
                    read_text(manifest, "updated", 40, false, feed.updated, error);
  if (!read) return refuse(error);
  feed.interval_minutes = static_cast<std::uint32_t>(interval);
  feed.window_days = static_cast<std::uint32_t>(window);
  auto raw_key = from_base64(key, kPublicKeyBytes);
  if (!raw_key) return refuse("\"public_key\" is " + raw_key.error());
  feed.public_key = raw_key.value();
  if (!feed.homepage.empty() && !is_web_url(feed.homepage)) return refuse("\"homepage\" is not an http(s) URL");

  const auto mirrors = manifest.find("mirrors");
  if (mirrors != manifest.end()) {
    if (!mirrors->is_array() || mirrors->size() > feed_limits::kMirrors)
      return refuse("\"mirrors\" must be a list of at most " + std::to_string(feed_limits::kMirrors) + " URLs");
    for (const json& mirror : *mirrors) {
      if (!mirror.is_string() || mirror.get<std::string>().size() > feed_limits::kUrlChars ||
          !is_web_url(mirror.get<std::string>()))
        return refuse("a mirror is not an http(s) URL");
      feed.mirrors.push_back(mirror.get<std::string>());
    }
  }
  const auto packs = manifest.find("packs");
  if (packs == manifest.end() || !packs->is_array()) return refuse("\"packs\" is missing or not a list");
  if (packs->size() > feed_limits::kPacks)
    return refuse("more than " + std::to_string(feed_limits::kPacks) + " packs");
  for (std::size_t i = 0; i < packs->size(); ++i) {
    auto pack = parse_pack((*packs)[i], i);
    if (!pack) return refuse(pack.error());
    for (const FeedPack& earlier : feed.packs)
      if (earlier.url == pack->url) return refuse("pack URL \"" + pack->url + "\" is listed twice");
    feed.packs.push_back(std::move(pack).value());
  }
  return feed;
}

}  // namespace firsthand::cli
