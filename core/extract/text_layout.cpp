// Finds the article body in a visible-text page (see text_layout.h).
//
// Every line is classified from its own signals (text_signals.h) and from repetition across the page. The
// body is the run of prose lines with the most text, where a run may carry short subheadings and sentences
// that trail off, and drops interjected furniture ("Sponsored Content", embedded posts, repeated lines) but
// stops at captions, signatures, section labels over lists of other stories and long stretches of non-prose
// (menus, footers). The short lines a line ending in a colon announces are the items of a list whose markup
// the text lost, and stay. A neighbouring run of two or more paragraphs separated only by a picture caption
// joins it (an image in the middle of the article); a lone paragraph above the lead picture is a standfirst
// and does not.
#include "text_layout.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "date_parse.h"
#include "text_signals.h"

namespace firsthand::text {

namespace {

constexpr std::size_t kMaxGapLines = 3;       // non-prose lines a run may bridge (labels, subheadings)
// Lines a sentence ending in a colon announces ("You will need:", "Run this:"): the items of a list or the
// lines of a listing, which text loses the markup of. Bridged as the article's own, up to this many: a bound
// chosen, not measured, so that one colon cannot carry a footer of links into the body.
constexpr std::size_t kMaxAnnouncedLines = 20;
constexpr std::size_t kMaxCaptionGapLines = 4;  // lines of picture captions between two merged runs
constexpr std::size_t kMinRepeatedWords = 3;    // shorter repeated lines are menu items: Other anyway
constexpr std::size_t kMinPrefixBytes = 40;     // a caption shown twice, once cut short

bool is_block_tag(std::string_view tag) {
  return tag == "p" || tag == "li" || tag == "br" || tag == "blockquote" ||
         (tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6');
}

std::vector<TextLine> read_lines(const Page& page) {
  std::vector<TextLine> lines;
  for (NodeId id = 0; id < page.nodes.size(); ++id) {
    const Node& node = page.nodes[id];
    if (node.kind != NodeKind::Element || !is_block_tag(node.tag)) continue;
    if (node.parent != kNoNode && is_block_tag(page.nodes[node.parent].tag)) continue;  // read with its block
    TextLine line;
    line.text = collapse_whitespace(page.text_content(id));
    line.bullet = node.tag == "li";
    lines.push_back(std::move(line));
  }
  return lines;
}

bool is_repeated(const std::vector<TextLine>& lines, std::size_t i,
                 const std::unordered_map<std::string_view, std::size_t>& counts) {
  const std::string& text = lines[i].text;
  if (const auto it = counts.find(text); it != counts.end() && it->second > 1 && count_words(text) >= kMinRepeatedWords)
    return true;
  // A line that the next or previous non-blank line starts with (or the reverse): one caption twice.
  for (int step : {-1, 1}) {
    std::size_t j = i;
    while (true) {
      if ((step < 0 && j == 0) || (step > 0 && j + 1 >= lines.size())) break;
      j += step;
      if (lines[j].text.empty()) continue;
      const std::string& other = lines[j].text;
      const std::size_t shorter = std::min(other.size(), text.size());
      if (shorter >= kMinPrefixBytes && other.compare(0, shorter, text, 0, shorter) == 0) return true;
      break;
    }
  }
  return false;
}

LineKind classify(const std::vector<TextLine>& lines, std::size_t i,
                  const std::unordered_map<std::string_view, std::size_t>& counts) {
  const TextLine& line = lines[i];
  const std::string& s = line.text;
  if (s.empty()) return LineKind::Blank;
  if (is_social_embed(s)) return LineKind::Embed;
  if (signature_names(s)) return LineKind::Signature;
  if (is_caption(s)) return LineKind::Caption;
  if (is_section_label(s)) return LineKind::SectionLabel;
  if (is_boilerplate(s)) return LineKind::Boilerplate;
  if (is_repeated(lines, i, counts)) return LineKind::Repeated;
  if (ends_with_ellipsis(s)) return LineKind::Teaser;
  const std::size_t words = count_words(s);
  if (line.bullet && words < 4) return LineKind::Other;  // menu item
  if (is_prose(s)) return LineKind::Prose;
  if (is_breadcrumb(s) || byline_names(s) || (find_date_in_text(s) && words <= 8)) return LineKind::Other;
  if (s.find("://") != std::string::npos || s.find('@') != std::string::npos) return LineKind::Other;
  if ((words >= 2 && words <= 20) || is_unspaced_script(s)) return LineKind::Heading;
  return LineKind::Other;
}

struct Run {
  std::size_t first = 0, last = 0;
  std::vector<std::size_t> kept;
  std::size_t prose_lines = 0;
  std::size_t prose_bytes = 0;
};

// The run of prose that starts at `first` (a prose line).
Run grow_run(const std::vector<TextLine>& lines, std::size_t first) {
  Run run{first, first, {first}, 1, lines[first].text.size()};
  std::vector<std::size_t> pending_headings;
  const auto opens_list = [&](std::size_t j) { return lines[j].text.ends_with(':') ? kMaxAnnouncedLines : 0; };
  std::size_t gap = 0;
  std::size_t announced = opens_list(first);  // lines the colon of the run's last line still covers
  // A non-prose line inside the run: within an announced list it is an item, else it widens the gap.
  const auto bridged = [&](std::size_t j) {
    if (announced > 0) return --announced, true;
    announced = opens_list(j);
    return ++gap <= kMaxGapLines;
  };
  for (std::size_t j = first + 1; j < lines.size(); ++j) {
    switch (lines[j].kind) {
      case LineKind::Blank:
        continue;
      case LineKind::Prose:
        run.kept.insert(run.kept.end(), pending_headings.begin(), pending_headings.end());
        pending_headings.clear();
        run.kept.push_back(j);
        run.last = j;
        ++run.prose_lines;
        run.prose_bytes += lines[j].text.size();
        gap = 0;
        announced = opens_list(j);
        continue;
      case LineKind::Caption:
      case LineKind::SectionLabel:
      case LineKind::Signature:
        return run;
      // A sentence that trails off ("computers have no intuition...") is the article's own when its prose
      // goes on after it; a list of other stories' teasers is headed by a section label or ends the prose.
      case LineKind::Teaser:
      case LineKind::Heading:
        if (!bridged(j)) return run;
        pending_headings.push_back(j);  // kept only if prose follows
        continue;
      // A line the page shows twice (a subheading over each part, a data row) is not read as body, but it
      // does not end an article whose prose goes on after it.
      case LineKind::Repeated:
      case LineKind::Boilerplate:
      case LineKind::Embed:
        if (!bridged(j)) return run;
        continue;  // interjected furniture: dropped
      case LineKind::Other: {
        // Short items an announcing sentence lists ("Tyre levers") are the article's; elsewhere such a line
        // is furniture (a date, a menu entry).
        const bool item = announced > 0;
        if (!bridged(j)) return run;
        if (item) pending_headings.push_back(j);
        continue;
      }
    }
  }
  return run;
}

// Lines strictly between two runs are only blank lines and a few captions or furniture lines.
bool separated_by_captions(const std::vector<TextLine>& lines, std::size_t after, std::size_t before) {
  std::size_t non_blank = 0;
  bool caption = false;
  for (std::size_t j = after + 1; j < before; ++j) {
    const LineKind k = lines[j].kind;
    if (k == LineKind::Blank) continue;
    if (k != LineKind::Caption && k != LineKind::Boilerplate && k != LineKind::Embed) return false;
    caption = caption || k == LineKind::Caption;
    ++non_blank;
  }
  return caption && non_blank <= kMaxCaptionGapLines;
}

}  // namespace

TextLayout analyse_text_page(const Page& page) {
  TextLayout layout;
  layout.lines = read_lines(page);
  auto& lines = layout.lines;
  std::unordered_map<std::string_view, std::size_t> counts;
  for (const auto& line : lines) ++counts[line.text];
  for (std::size_t i = 0; i < lines.size(); ++i) lines[i].kind = classify(lines, i, counts);

  std::vector<Run> runs;
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (lines[i].kind == LineKind::Prose) {
      runs.push_back(grow_run(lines, i));
      i = runs.back().last;
    }
  if (runs.empty()) return layout;

  auto best = std::max_element(runs.begin(), runs.end(),
                               [](const Run& a, const Run& b) { return a.prose_bytes < b.prose_bytes; });
  Run body = *best;
  for (auto before = best; before != runs.begin();) {
    --before;
    if (before->prose_lines < 2 || !separated_by_captions(lines, before->last, body.first)) break;
    body.kept.insert(body.kept.begin(), before->kept.begin(), before->kept.end());
    body.first = before->first;
  }
  for (auto after = best + 1; after != runs.end(); ++after) {
    if (after->prose_lines < 2 || !separated_by_captions(lines, body.last, after->first)) break;
    body.kept.insert(body.kept.end(), after->kept.begin(), after->kept.end());
    body.last = after->last;
  }
  layout.body = std::move(body.kept);
  layout.body_start = body.first;
  layout.body_end = body.last;
  return layout;
}

}  // namespace firsthand::text
