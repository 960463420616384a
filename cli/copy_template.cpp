// The invented sites, headlines and page template of the copies (copy_template.h).
#include "copy_template.h"

#include <iterator>

#include "firsthand/page.h"

namespace firsthand::cli {
namespace {

const CopySite kSites[] = {{"Northbank Post", "northbankpost.example"},
                           {"Evening Courier Online", "eveningcourier.example"},
                           {"Cityline Herald", "citylineherald.example"},
                           {"The Morning Ledger", "morningledger.example"}};

const char* const kHeadlines[] = {
    "Ten gadgets our editors could not stop using this month",
    "Local council weighs a new parking plan for the old town",
    "Why everyone is talking about the four-day week again",
    "The best weekend markets within an hour of the city",
    "Readers' photos: autumn colours across the region",
    "How to cut your energy bill before winter arrives",
    "Quiz: how well do you know this week's headlines?",
    "Five recipes for a crowded weeknight table",
};

const char* const kMenu[] = {"Home", "News", "World", "Business", "Tech", "Science", "Sport", "Culture", "Opinion",
                             "Travel", "Podcasts", "Newsletters"};

void list_of_links(std::string& out, const char* cls, std::uint64_t hash, std::size_t count) {
  out += "<ul class=\"";
  out += cls;
  out += "\">";
  for (std::size_t i = 0; i < count; ++i)
    out += "<li><a href=\"/story/" + std::to_string((hash + i) % 9000 + 1000) + "\">" +
           invented_headline(hash + i) + "</a></li>";
  out += "</ul>";
}

void menu(std::string& out) {
  out += "<nav class=\"menu\"><ul>";
  for (const char* item : kMenu) out += std::string("<li><a href=\"/") + item + "\">" + item + "</a></li>";
  out += "</ul></nav>";
}

void ad(std::string& out) { out += "<div class=\"ad-slot\"><span>Advertisement</span></div>"; }

}  // namespace

const CopySite& copy_site(std::uint64_t hash) { return kSites[hash % std::size(kSites)]; }

const char* invented_headline(std::uint64_t hash) { return kHeadlines[hash % std::size(kHeadlines)]; }

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string render_html(const CopyPage& page, const CopySite& site, const std::string& url) {
  const std::string title = escape_html(page.title);
  std::string out = "<!DOCTYPE html>\n<html lang=\"" + escape_html(page.language.empty() ? "en" : page.language) +
                    "\"><head><meta charset=\"utf-8\"><title>" + title + " | " + site.name + "</title>\n" +
                    "<meta property=\"og:site_name\" content=\"" + site.name + "\">\n<link rel=\"canonical\" href=\"" +
                    url + "\">\n<meta property=\"article:published_time\" content=\"" + page.date +
                    "T09:30:00Z\"></head>\n<body><header><a class=\"logo\" href=\"/\">" + site.name + "</a>";
  menu(out);
  out += "</header>\n";
  ad(out);
  if (page.heavy_clutter) {
    out += "<div class=\"cookie-banner\"><p>We use cookies to improve your experience on " + site.name +
           ". <button>Accept all</button> <button>Settings</button></p></div><aside class=\"trending\"><h3>Trending "
           "now</h3>";
    list_of_links(out, "trending-list", page.hash, 6);
    out += "</aside>";
  }
  out += "\n<main><article><h1>" + title + "</h1><p class=\"meta\"><time datetime=\"" + page.date + "\">" + page.date +
         "</time></p>\n";
  out += page.credit_html;
  for (std::size_t i = 0; i < page.body_html.size(); ++i) {
    out += page.body_html[i] + "\n";
    if (page.heavy_clutter && i == page.body_html.size() / 2) ad(out);
  }
  out += "<div class=\"share\"><a href=\"#\">Share</a> <a href=\"#\">Tweet</a> <a href=\"#\">Email</a></div>"
         "</article>\n<aside class=\"related\"><h2>Related stories</h2>";
  list_of_links(out, "related-list", page.hash + 3, 5);
  out += "</aside>";
  if (page.heavy_clutter) {
    out += "<section class=\"newsletter\"><h3>Get the morning briefing</h3><p>The day's top stories in your inbox, "
           "every weekday at 7am.</p><form><input type=\"email\"><button>Sign up</button></form></section>"
           "<section class=\"comments\"><h3>Comments (12)</h3><p>Log in to join the conversation.</p></section>";
    ad(out);
  }
  out += "</main>\n<footer>";
  menu(out);
  out += "<p>&copy; " + site.name + ". All rights reserved. <a href=\"/privacy\">Privacy</a> <a href=\"/terms\">Terms"
         "</a> <a href=\"/contact\">Contact us</a></p></footer></body></html>\n";
  return out;
}

std::string render_text(const std::string& title, const std::string& date, const std::vector<std::string>& paragraphs,
                        std::size_t columns) {
  std::string out = title + "\n\nPublished " + date + "\n\n";
  for (const auto& paragraph : paragraphs) {
    std::size_t line_columns = 0;
    std::size_t start = 0;
    while (start < paragraph.size()) {
      const auto space = std::min(paragraph.find(' ', start), paragraph.size());
      const std::string_view word(paragraph.data() + start, space - start);
      const std::size_t width = utf8_code_points(word);
      if (line_columns > 0 && line_columns + 1 + width > columns) {
        out += '\n';
        line_columns = 0;
      } else if (line_columns > 0) {
        out += ' ';
        ++line_columns;
      }
      out += word;
      line_columns += width;
      start = space + 1;
    }
    out += "\n\n";
  }
  return out;
}

}  // namespace firsthand::cli
