// The C ABI's functions over the known articles (abi.h): packs in and out, the history saved and restored as
// pack bytes with its sites' standing text (the extension stores them in IndexedDB), and counts for the options page.
#include "abi.h"
#include "abi_buffer.h"
#include "firsthand/index/pack.h"
#include "known_articles.h"

namespace {

std::string_view bytes_view(const std::uint8_t* bytes, std::size_t size) {
  return bytes ? std::string_view(reinterpret_cast<const char*>(bytes), size) : std::string_view();
}

}  // namespace

extern "C" {

FhBuffer* fh_pack_import(const std::uint8_t* bytes, std::size_t size, std::uint32_t pack_id) {
  using namespace firsthand;
  auto pack = load_pack(bytes_view(bytes, size));
  if (!pack) return abi::error_buffer(pack.error());
  const std::size_t articles = pack->size();
  abi::known_articles().packs.insert_or_assign(pack_id, std::move(pack.value()));
  return abi::json_buffer({{"ok", true}, {"articles", articles}});
}

FhBuffer* fh_pack_remove(std::uint32_t pack_id) {
  const bool removed = firsthand::abi::known_articles().packs.erase(pack_id) > 0;
  return firsthand::abi::json_buffer({{"ok", removed}, {"error", removed ? "" : "no such pack"}});
}

FhBuffer* fh_history_load(const std::uint8_t* bytes, std::size_t size) {
  auto loaded = firsthand::abi::known_articles().load_history(bytes_view(bytes, size));
  if (!loaded) return firsthand::abi::error_buffer(loaded.error());
  return firsthand::abi::json_buffer({{"ok", true}, {"articles", loaded.value()}});
}

FhBuffer* fh_history_export() {
  return firsthand::abi::make_buffer(firsthand::abi::known_articles().export_history());
}

FhBuffer* fh_history_clear() {
  firsthand::abi::known_articles().clear_history();
  return firsthand::abi::json_buffer({{"ok", true}});
}

// The history's articles for the options page: {"ok", "articles": [{id, title, site, url, date}]}, in the
// order they were read. Ids hold until the next article is added (the index may then renumber).
FhBuffer* fh_history_list() {
  const auto& history = firsthand::abi::known_articles().history;
  nlohmann::json articles = nlohmann::json::array();
  for (firsthand::ArticleId id = 0; id < history.id_bound(); ++id) {
    if (!history.contains(id)) continue;
    const auto meta = history.metadata(id);
    nlohmann::json entry = nlohmann::json::object();
    entry["id"] = id;
    entry["title"] = meta.title;
    entry["site"] = meta.site_name;
    entry["url"] = meta.canonical_url;
    entry["date"] = meta.date;
    articles.push_back(std::move(entry));
  }
  return firsthand::abi::json_buffer({{"ok", true}, {"articles", std::move(articles)}});
}

// Forgets one history article, and the texts of this session's articles with it (they give aligned passages).
FhBuffer* fh_history_remove(std::uint32_t id) {
  auto& known = firsthand::abi::known_articles();
  const bool removed = known.history.remove(id);
  if (removed) known.forget_recent();
  return firsthand::abi::json_buffer({{"ok", removed}, {"error", removed ? "" : "no such article"}});
}

FhBuffer* fh_stats() {
  const auto& known = firsthand::abi::known_articles();
  nlohmann::json packs = nlohmann::json::array();
  for (const auto& [id, pack] : known.packs)
    packs.push_back({{"id", id}, {"articles", pack.size()}, {"memory_bytes", pack.memory_bytes()}});
  return firsthand::abi::json_buffer({{"ok", true},
                                      {"history", {{"articles", known.history.size()},
                                                   {"memory_bytes", known.history.memory_bytes()}}},
                                      {"packs", std::move(packs)}});
}

}  // extern "C"
