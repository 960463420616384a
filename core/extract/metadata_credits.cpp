// Syndication credits and bylines written in the page's text: "by Reuters", "WASHINGTON (AP) —", "— Reuters",
// "(with AFP)", "Originally published on/by ...", "Source: AFP", and closing signatures "— Jane Doe and John
// Roe". A credit names the wire or publisher the text came from; a signature of people is a byline.
#include <re2/re2.h>

#include <array>
#include <cctype>

#include "firsthand/extract.h"
#include "firsthand/page/url_host.h"
#include "date_parse.h"
#include "metadata_sources.h"
#include "text_signals.h"
#include "text_stopwords.h"
#include "warm_up_hooks.h"

namespace firsthand::meta {

namespace {

struct Agency {
  std::string_view written;    // lower-case form as pages write it
  std::string_view canonical;  // the name the product reports
};

constexpr std::array<Agency, 34> kAgencies = {{
    {"reuters", "Reuters"}, {"thomson reuters", "Reuters"}, {"ap", "AP"}, {"associated press", "AP"},
    {"the associated press", "AP"}, {"afp", "AFP"}, {"agence france-presse", "AFP"},
    {"agence france presse", "AFP"}, {"bloomberg", "Bloomberg"}, {"dpa", "dpa"},
    {"deutsche presse-agentur", "dpa"}, {"ani", "ANI"}, {"pti", "PTI"}, {"ians", "IANS"}, {"xinhua", "Xinhua"},
    {"anadolu agency", "Anadolu Agency"}, {"efe", "EFE"}, {"ansa", "ANSA"}, {"kyodo", "Kyodo"},
    {"kyodo news", "Kyodo"}, {"yonhap", "Yonhap"}, {"tass", "TASS"}, {"upi", "UPI"},
    {"united press international", "UPI"}, {"pa media", "PA Media"}, {"press association", "PA Media"},
    {"bernama", "Bernama"}, {"cna", "CNA"}, {"ria novosti", "RIA Novosti"}, {"interfax", "Interfax"},
    {"europa press", "Europa Press"}, {"belga", "Belga"}, {"anp", "ANP"}, {"apa", "APA"},
}};

// Agency names as a pattern: acronyms must be written in capitals ("AP", not "ap"), longer names in any case.
constexpr std::string_view kAgencyPattern =
    "(?:(?i:thomson reuters|reuters|the associated press|associated press|agence france-presse|"
    "agence france presse|bloomberg|deutsche presse-agentur|xinhua|anadolu agency|kyodo news|kyodo|yonhap|"
    "united press international|press association|pa media|bernama|ria novosti|interfax|europa press|belga)|"
    "AP|AFP|dpa|DPA|ANI|PTI|IANS|EFE|ANSA|TASS|UPI|CNA|ANP|APA)";

// A credit pattern: `before` opens the evidence group, the agency is the source group, `after` closes.
std::string with_agency(std::string_view before, std::string_view after) {
  return std::string(before) + "(" + std::string(kAgencyPattern) + ")" + std::string(after);
}

constexpr std::size_t kMaxSourceBytes = 80;  // a longer "source" is a sentence, not a name

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

std::string_view trim_view(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '(')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '.' || s.back() == ',' || s.back() == ')')) s.remove_suffix(1);
  return s;
}

std::string piece(const re2::StringPiece& p) { return std::string(p.data(), p.size()); }

// A month name or a number first: a date, not a name ("August 27", "27. August", "12/01"); a number joined to
// letters, or a month's letters joined to more, is a name ("24ora.com", "2gewinnt", "jan-grosser.de").
const RE2* const kStartsWithDate = new RE2(
    R"(^(?i:\d+(?:[^\p{L}\d]|$)|jan(?:uary)?(?:[\s.,/]|$)|feb(?:ruary)?(?:[\s.,/]|$)|mar(?:ch)?(?:[\s.,/]|$)|apr(?:il)?(?:[\s.,/]|$)|may(?:[\s.,/]|$)|june?(?:[\s.,/]|$)|july?(?:[\s.,/]|$)|aug(?:ust)?(?:[\s.,/]|$)|)"
    R"(sep(?:t(?:ember)?)?(?:[\s.,/]|$)|oct(?:ober)?(?:[\s.,/]|$)|nov(?:ember)?(?:[\s.,/]|$)|dec(?:ember)?(?:[\s.,/]|$)|januar(?:[\s.,/]|$)|februar(?:[\s.,/]|$)|märz(?:[\s.,/]|$)|mai(?:[\s.,/]|$)|juni(?:[\s.,/]|$)|juli(?:[\s.,/]|$)|)"
    R"(oktober(?:[\s.,/]|$)|dezember(?:[\s.,/]|$)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday))");

// Letters and digits only, lower case: "Live Science", "www.livescience.com" and "LiveScience" meet.
std::string squeezed(std::string_view s) {
  std::string out;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || std::isalnum(u)) out += static_cast<char>(u < 0x80 ? std::tolower(u) : u);
  }
  return out;
}

// The registrable part of a URL's host, squeezed: "https://www.livescience.com/x" -> "livescience".
std::string host_name(std::string_view url) {
  std::string_view host = url_host(url);
  if (const auto dot = host.rfind('.'); dot != std::string_view::npos) host = host.substr(0, dot);
  return squeezed(host);
}

// Whether the credit is one label of the URL's host: "AP" on hosted.ap.org.
bool is_host_label(std::string_view url, const std::string& credit) {
  std::string_view host = url_host(url);
  while (!host.empty()) {
    const auto dot = host.find('.');
    if (squeezed(host.substr(0, dot)) == credit) return true;
    if (dot == std::string_view::npos) break;
    host.remove_prefix(dot + 1);
  }
  return false;
}

// Whether two squeezed names are one: either holds the other (short fragments excepted).
constexpr std::size_t kMinNameChars = 3;
bool same_name(const std::string& credit, const std::string& own) {
  if (credit.size() < kMinNameChars || own.size() < kMinNameChars) return false;
  return own.find(credit) != std::string::npos || credit.find(own) != std::string::npos;
}

}  // namespace

std::optional<std::string> agency_name(std::string_view name) {
  const std::string lower = lower_ascii(trim_view(name));
  for (const auto& a : kAgencies)
    if (lower == a.written) return std::string(a.canonical);
  return std::nullopt;
}

std::optional<Credit> find_credit(std::string_view text) {
  // Each form captures (evidence, source): wire credits first, then publishers credited in words.
  static const RE2 by_agency(with_agency(R"(^((?:[Bb]y|BY)\s+)", R"()(?:$|[^\p{L}]))"));
  static const RE2 by_reporter_of_agency(with_agency(R"(^((?:[Bb]y|BY)\s+[^()\n]+?[,(]\s*)", R"(\)?)\s*$)"));
  static const RE2 dateline(with_agency(R"(^[^()\n]*?(\()", R"(\)\s*[—–-]))"));
  static const RE2 trailing_dash(with_agency(R"(([—–-]\s*)", R"()\s*\.?\s*$)"));
  static const RE2 with_wire(with_agency(R"((\((?i:with|with files from|additional reporting by)\s+)", R"(\)))"));
  static const RE2 source_line(R"((?:^|\(|[.!?]\s+)((?i:source)\s*:\s*([^\n]+?))\s*\.?\)?\s*$)");
  // Its source is a name (capitalised words, joined by of/and/for/the) or a domain: a clause ("on the X forum
  // before revising it") names no publisher.
  static const RE2 originally(
      R"(((?i:originally (?:published|appeared|posted)|first (?:published|appeared)|republished (?:from|with permission from))\s+(?:(?i:on|in|at|by|from)\s+)?((?:[Tt]he\s+)?[\p{Lu}\d][\p{L}\d&'’-]*(?:\s+(?:(?:of|and|for|the|&)\s+)?[\p{Lu}\d][\p{L}\d&'’-]*)*|[a-z\d][\w-]*(?:\.[\w-]+)+))(?:\s+(?i:on)\s+\p{Lu}|\s+(?i:and|under)\s|[;,)]|\.(?:\s|$)|$))");
  // A credit line of its own ends with the publisher, which may be a site's whole title: lower-case words
  // ("Backen macht glücklich"), a domain in any case ("Express.co.uk"), or a name and its tagline after a
  // separator ("Anglerboard – Forum mit ..."), which is cut off.
  static const RE2 originally_line(
      R"(^((?i:this (?:article|story|post) )?(?i:originally (?:published|appeared|posted)|first (?:published|appeared)|republished (?:from|with permission from))\s+(?:(?i:on|in|at|by|from)\s+)?((?:[\p{Lu}\p{Lo}\d][^\s|–—·]*|[a-z\d][\w-]*(?:\.[\w-]+)+)(?:\s+[^\s|–—·-][^\s|–—·]*){0,5}))(?:\s+[|–—·-]\s.*)?\s*$)");
  // A credit line of its own, "By Jane Roe, Northbank Post": the reporter (two words or more: "By Roe, Jane" is a
  // name written surname first), then the publisher that ran the story first, in capitalised words or a domain
  // (not the rest of a sentence, "By the time we left, it was late"). Not a role or a desk ("By Jane Roe, Staff
  // Writer"), nor more reporters ("By Jane Roe, John Doe and ...").
  // The publisher opens with a capital or is a domain, or a site's address (its host is the name); a site's
  // title may go on in lower-case words ("Mein schöner Garten", "Malteser in Deutschland") and a tagline
  // after a separator, which is cut off. A site's handle is one lower-case word, digits and all ("my6sense").
  static const RE2 by_reporter_of_publisher(
      R"(^((?:[Bb]y|BY)\s+[^,()\s]+\s[^,()\n]{1,60},\s*)((?:[\p{Lu}\p{Lo}\d][^\s()|–—·]*|[^\s()\p{L}|–—·]+)(?:\s+[^\s()|–—·-][^\s()|–—·]*){0,5}|(?:https?://)?[a-z\d][\w-]*(?:\.[\w-]+)+/?|[\p{Ll}\d][\p{L}\d]{3,})(?:\s+[|–—·-]\s.*)?\s*\.?\s*$)");
  // One word of a name before the comma is a surname-first name ("By Roe, Jane") unless the publisher cannot
  // be a given name: two words or more, a domain or an acronym ("By marc, Murdelta Post", "By admin, BMEL"),
  // or a site's handle in lower case ("By marc, murdelta"), which no given name is written as.
  static const RE2 by_one_word_of_publisher(
      R"(^((?:[Bb]y|BY)\s+[^,()\s]{1,30},\s*)((?:[\p{Lu}\d][^\s()|–—·]*)(?:\s+[^\s()|–—·-][^\s()|–—·]*){1,5}|(?:https?://)?[\w-]+(?:\.[\w-]+)+/?|\p{Lu}{2,}|[\p{Ll}\d][\p{L}\d]{3,})(?:\s+[|–—·-]\s.*)?\s*\.?\s*$)");
  // A role, a desk or more people after the comma ("Staff Writer", "Correspondent in Paris", "John Doe and
  // Kari Nord"), or a place or time ("in Oslo", "at noon"). A name may hold "in" or "at" inside ("Malteser in
  // Deutschland", "You Had Me At Gardening"), and a name led by "The" is a title, whatever words it holds
  // ("The Published Reporter").
  static const RE2 role_or_people(
      R"((?i)(?:^|\s)(?:and|&|staff|writer|reporter|correspondent|editor|contributor|contributing|columnist|)"
      R"(bureau|desk|chief|intern|freelance|special to|for the|photographer)(?:\s|$)|^(?i:in|at|on)\s)");
  static const RE2 titled_name(R"(^(?:The|THE)\s+\p{Lu})");
  re2::StringPiece evidence, source;
  const re2::StringPiece input(text.data(), text.size());
  for (const RE2* form : {&by_agency, &by_reporter_of_agency, &dateline, &trailing_dash, &with_wire, &originally,
                          &originally_line, &source_line, &by_reporter_of_publisher, &by_one_word_of_publisher}) {
    if (!RE2::PartialMatch(input, *form, &evidence, &source)) continue;
    const bool by_line = form == &by_reporter_of_publisher || form == &by_one_word_of_publisher;
    if (by_line && !RE2::PartialMatch(source, titled_name) && RE2::PartialMatch(source, role_or_people)) continue;
    std::string name = clean_field(trim_view(piece(source)));
    // A site's address names the site by its host: "http://www.harbour.example/" -> "harbour.example".
    if (const std::string_view host = url_host(name); !host.empty()) name = std::string(host);
    // A handle in lower case is a name, not a function word of a sentence ("By then, that"); a name in
    // capitals that spells one ("ELLE") is a name.
    if (by_line && lower_ascii(name) == name && text::is_stop_word(name)) continue;
    // "Originally published on August 27" dates the page; it names no publisher.
    if (find_date_in_text(name) || RE2::PartialMatch(name, *kStartsWithDate)) continue;
    if (!name.empty() && name.size() <= kMaxSourceBytes) return Credit{agency_name(name).value_or(name), clean_field(piece(evidence))};
  }
  return std::nullopt;
}

bool is_generic_byline(std::string_view byline) {
  static const RE2 generic(
      R"((?i)^(?:the\s+)?(?:editorial board|editorial team|editorial staff|editors?|staff(?: writer| reporter)?s?|admin(?:istrator)?|webmaster|news ?desk|web ?desk|desk|team|newsroom|guest|contributor|[\p{L} ]+ (?:staff|desk|team|editors)|)"
      // Sort and filter labels of listings ("Sort by Date", "Browse by Region") are not names at all.
      R"(category|categories|region|regions|topic|topics|tag|tags|date|type|author|authors|name|section|location|)"
      R"(country|year|month|price|popularity|relevance|rating|brand|unknown|anonymous)$)");
  return byline.empty() || RE2::FullMatch(byline, generic);
}

std::optional<std::string> organisation_name(std::string_view names) {
  // People have two names or more; "by Northwire" or "by The Conversation" names a publisher.
  static const RE2 organisation(R"(^(?:The\s+\p{Lu}[\p{L}\p{M}&.'’\-]*(?:\s+\p{Lu}[\p{L}\p{M}&.'’\-]*)*|\p{Lu}[\p{L}\p{M}&.\-]+)$)");
  if (auto agency = agency_name(names)) return agency;
  if (is_generic_byline(names)) return std::nullopt;
  if (RE2::FullMatch(names, organisation)) return std::string(names);
  return std::nullopt;
}

void apply_byline(std::string_view names, std::string_view evidence, Metadata& meta) {
  // "By Jane Roe, Northbank Post" credits the publisher after the comma: the byline is the reporter alone, or
  // the credit would read as the page's own author and be dropped as a self-credit.
  if (const auto comma = names.find(','); comma != std::string_view::npos && find_credit(evidence))
    names = names.substr(0, comma);
  if (const auto publisher = organisation_name(names)) {
    if (meta.credit.empty()) {
      meta.credit = *publisher;
      // The evidence ends with the name: "by Northwire · March 4, 2025" -> "by Northwire".
      const auto end = evidence.find(names);
      meta.credit_evidence = clean_field(end == std::string_view::npos ? evidence : evidence.substr(0, end + names.size()));
    }
    return;
  }
  if (is_generic_byline(meta.byline)) meta.byline = clean_field(names);
}

void warm_up_credit_patterns() {
  find_credit({});
  is_generic_byline({});
  organisation_name({});
}

}  // namespace firsthand::meta

namespace firsthand {

namespace {

constexpr std::size_t kEdgeParagraphs = 3;  // credits sit at the start or the end of a body

}  // namespace

void find_credits_in_body(const std::vector<std::string>& paragraphs, Metadata& meta) {
  const std::size_t n = paragraphs.size();
  for (std::size_t i = 0; i < n && meta.credit.empty(); ++i) {
    if (i >= kEdgeParagraphs && i + kEdgeParagraphs < n) continue;
    if (auto credit = meta::find_credit(paragraphs[i])) {
      meta.credit = std::move(credit->source);
      meta.credit_evidence = std::move(credit->evidence);
    }
  }
  if (n == 0) return;
  // A closing signature names the reporters; it outranks a house byline such as "Editorial Board".
  if (const auto names = text::signature_names(paragraphs.back()))
    meta::apply_byline(*names, paragraphs.back(), meta);
  if (meta.byline.empty())
    if (const auto names = text::byline_names(paragraphs.front())) meta::apply_byline(*names, paragraphs.front(), meta);
}

void drop_self_credit(Metadata& meta, std::string_view page_url) {
  const std::string credit = meta::squeezed(meta.credit);
  if (credit.empty()) return;
  const bool own_host = meta::is_host_label(page_url, credit) || meta::is_host_label(meta.canonical_url, credit);
  // A byline read from the credit line itself ("By Jane Roe, Northbank Post") is the original's reporter, who
  // may share the publisher's name ("By El Mostrador, El Mostrador"): it is not this page's own author.
  const bool byline_from_credit =
      !meta.byline.empty() && meta::squeezed(meta.credit_evidence).find(meta::squeezed(meta.byline)) != std::string::npos;
  for (const std::string& own : {meta::squeezed(meta.site_name), byline_from_credit ? std::string() : meta::squeezed(meta.byline),
                                 meta::host_name(page_url), meta::host_name(meta.canonical_url)})
    if (own_host || meta::same_name(credit, own)) {
      meta.credit.clear();
      meta.credit_evidence.clear();
      return;
    }
}

bool is_author_credit(const Metadata& meta) {
  if (meta.credit.empty() || meta::agency_name(meta.credit) || is_republication_credit(meta)) return false;
  // "by Northwire", "— Unsplash": the evidence is a signature mark and the name, nothing more.
  std::string_view evidence = meta.credit_evidence;
  if (!evidence.ends_with(meta.credit)) return false;
  evidence.remove_suffix(meta.credit.size());
  static const RE2 signature_mark(R"((?i)\s*(?:by|[—–-])?\s*)");
  return RE2::FullMatch(re2::StringPiece(evidence.data(), evidence.size()), signature_mark);
}

bool is_republication_credit(const Metadata& meta) {
  static const RE2 republished(
      R"((?i)originally|first (?:published|appeared)|republished|reprinted|with permission|courtesy of|\(with |)"
      R"(additional reporting|with files from)");
  // A wire not in the agency list still calls itself one: "Nordic Press Agency", "City News Service".
  static const RE2 wire_words(R"((?i)\b(?:agency|agencies|press|wire|newswire|news service|presse|agentur)\b)");
  if (meta.credit.empty()) return false;
  return meta::agency_name(meta.credit).has_value() || RE2::PartialMatch(meta.credit, wire_words) ||
         RE2::PartialMatch(meta.credit_evidence, republished);
}

}  // namespace firsthand
