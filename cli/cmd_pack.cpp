// `firsthand pack build|info|merge`: make fingerprint packs from a collection of pages, check one, and merge
// partial packs (the reduce step of a sharded build, docs/scale.md); keygen, publish and verify (signed feeds)
// are pack_feed.cpp's.
#include <cstdio>
#include <iostream>

#include "command.h"
#include "firsthand/extract.h"
#include "firsthand/fingerprint.h"
#include "firsthand/index/pack.h"
#include "firsthand/page/text_producer.h"
#include "page_input.h"
#include "page_sources.h"
#include "pack_feed.h"
#include "pack_files.h"
#include "progress.h"

namespace firsthand::cli {
namespace {

int run_pack(const Args& input);

const Command kPack{"pack",
                    "pack build --out FILE INPUT... | pack info FILE | pack merge OUT IN... | pack keygen --out NAME | "
                    "pack publish --key NAME.key --out FEED_DIR PACK... | pack verify FEED_DIR/feed.json [--pub NAME.pub]",
                    "build a fingerprint pack from folders of HTML/text, JSON Lines or WARC files; check or merge "
                    "packs; publish them as a signed feed and verify one",
                    "  pack build --out FILE INPUT...  fingerprint every page of the INPUTs: folders of HTML or text\n"
                    "                                  files, JSON Lines ({\"url\", \"html\"} per line), WARC or WARC.gz\n"
                    "  pack info FILE                  check a pack and print its article count and size\n"
                    "  pack merge OUT IN...            merge packs (the reduce step of a sharded build) into OUT\n"
                    "  pack keygen --out NAME          write an Ed25519 key pair NAME.key (secret) and NAME.pub\n"
                    "  pack publish --key NAME.key --out FEED_DIR [--title T] [--publisher P] [--homepage URL]\n"
                    "               [--interval MINUTES] [--window-days N] [--mirror URL]... [--date YYYY-MM-DD] PACK...\n"
                    "                                  add PACKs to the signed feed FEED_DIR/feed.json (a new feed\n"
                    "                                  needs --title and --publisher), dropping packs past the window\n"
                    "  pack verify FEED_DIR/feed.json [--pub NAME.pub]\n"
                    "                                  check the manifest's signature and every pack's size, SHA-256\n"
                    "                                  and signature (against NAME.pub when given)\n"
                    "  A pack holds fingerprints and metadata (title, site, URL, date, credit), never article text.\n",
                    run_pack};

constexpr std::size_t kProblemsShown = 10;

// Per-page work of a build: page model, extraction, fingerprint; the text is dropped once fingerprinted.
Result<Article> article_of(const SourcePage& source) {
  Page page;
  if (source.is_text) {
    page = page_from_text(source.bytes);
  } else {
    auto parsed = page_from_bytes(source.bytes, source.name);
    if (!parsed) return Result<Article>::failure(parsed.error());
    page = std::move(parsed).value();
  }
  if (!source.url.empty()) page.url = source.url;
  Article article = extract(page);
  if (article.empty()) return Result<Article>::failure(source.name + ": no article body found, skipped");
  if (article.meta.title.empty()) article.meta.title = source.title;
  if (article.meta.canonical_url.empty()) article.meta.canonical_url = source.url;
  return article;
}

void print_size_summary(const std::string& path, const ArticleIndex& index, std::size_t bytes) {
  const double per_article = index.size() ? static_cast<double>(bytes) / static_cast<double>(index.size()) : 0.0;
  std::printf("%s: %zu articles, %zu bytes (%.0f bytes per article)\n", path.c_str(), index.size(), bytes,
              per_article);
}

int run_build(Args args) {
  std::string out;
  if (!take_option(args, "--out", out) || args.empty()) return usage_error(kPack, "pack build needs --out FILE and INPUT...");
  auto sources = PageSources::open(args);
  if (!sources) {
    std::cerr << "firsthand pack build: " << sources.error() << "\n";
    return 1;
  }
  ArticleIndex index;
  std::size_t pages = 0, problems = 0;
  ProgressBar bar("articles");
  const auto report = [&](const std::string& problem) {
    if (++problems <= kProblemsShown) {
      bar.finish();
      std::cerr << "firsthand pack build: " << problem << "\n";
    }
  };
  sources->for_each(
      [&](SourcePage& source) {
        ++pages;
        auto article = article_of(source);
        if (!article) return report(article.error());
        auto added = index.add(article->meta, fingerprint(article.value()));
        if (!added) report(source.name + ": " + added.error());
      },
      report, [&](const SourceProgress& p) { bar.update(index.size(), p.bytes_done, p.bytes_total); });
  bar.finish();
  if (problems > kProblemsShown)
    std::cerr << "firsthand pack build: " << problems - kProblemsShown << " more pages skipped\n";

  auto written = write_file_atomically(out, save_pack(index));
  if (!written) {
    std::cerr << "firsthand pack build: " << written.error() << "\n";
    return 1;
  }
  std::printf("read %zu pages, packed %zu articles (%zu skipped)\n", pages, index.size(), problems);
  print_size_summary(out, index, written.value());
  return 0;
}

int run_info(const Args& args) {
  if (args.size() != 1) return usage_error(kPack, "pack info needs one FILE");
  auto bytes = read_whole_file(args[0]);
  if (!bytes) {
    std::cerr << "firsthand pack info: " << bytes.error() << "\n";
    return 1;
  }
  auto info = inspect_pack(bytes.value());
  if (!info) {
    std::cerr << "firsthand pack info: " << args[0] << ": " << info.error() << "\n";
    return 1;
  }
  std::printf("%s: Firsthand pack, format version %u, fingerprint version %u\n", args[0].c_str(),
              info->format_version, info->fingerprint_version);
  std::printf("articles: %u\nsize: %llu bytes\n", info->article_count,
              static_cast<unsigned long long>(info->file_bytes));
  for (const PackSectionInfo& s : info->sections) {
    const double per_article = info->article_count ? static_cast<double>(s.size) / info->article_count : 0.0;
    std::printf("  %-17s %12llu bytes  %8.1f per article  crc32 %08x %s\n", pack_section_name(s.kind),
                static_cast<unsigned long long>(s.size), per_article, s.checksum, s.checksum_ok ? "ok" : "BAD");
  }
  std::printf("checksums: ok\n");
  return 0;
}

int run_merge(const Args& args) {
  if (args.size() < 2) return usage_error(kPack, "pack merge needs OUT and at least one IN");
  ArticleIndex merged;
  for (std::size_t i = 1; i < args.size(); ++i) {
    auto part = load_pack_file(args[i]);
    auto added = part ? merged.merge(part.value()) : Result<std::size_t>::failure(part.error());
    if (!added) {
      std::cerr << "firsthand pack merge: " << added.error() << "\n";
      return 1;
    }
  }
  auto written = write_file_atomically(args[0], save_pack(merged));
  if (!written) {
    std::cerr << "firsthand pack merge: " << written.error() << "\n";
    return 1;
  }
  print_size_summary(args[0], merged, written.value());
  return 0;
}

int run_pack(const Args& input) {
  if (input.empty()) return usage_error(kPack, "expected build, info, merge, keygen, publish or verify");
  const Args rest(input.begin() + 1, input.end());
  if (input[0] == "build") return run_build(rest);
  if (input[0] == "info") return run_info(rest);
  if (input[0] == "merge") return run_merge(rest);
  if (input[0] == "keygen") return run_keygen(rest);
  if (input[0] == "publish") return run_publish(rest);
  if (input[0] == "verify") return run_verify(rest);
  return usage_error(kPack, "unknown pack command \"" + input[0] + "\"");
}

}  // namespace

FIRSTHAND_COMMAND(kPack);

}  // namespace firsthand::cli
