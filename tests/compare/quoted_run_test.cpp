// Two reports that quote one speaker, each cutting the quote its own way, share a run of quoted words even
// where they share no whole quoted span, no sentence and few names: same-event evidence a reader can check
// in both texts. A stock phrase of a few words is none. Invented texts.
#include <catch2/catch.hpp>

#include <algorithm>

#include "firsthand/compare.h"

using namespace firsthand;

namespace {

Article article(std::vector<std::string> paragraphs) {
  Article a;
  a.paragraphs = std::move(paragraphs);
  return a;
}

const std::vector<std::string> kColumn = {
    "Every spring the ferry timetable shrinks, and every spring the islanders complain about it.",
    "This year the operator wants to drop the early crossing altogether, which would strand commuters.",
    "At a crowded meeting one skipper called the plan \"a slow goodbye to everyone who works on the mainland\" "
    "and sat down to applause.",
    "The operator insists the early boat runs half empty through most of the winter months.",
    "Perhaps a smaller vessel could keep the crossing alive without the losses it now makes."};

std::vector<std::string> report(const std::string& quote_line) {
  return {"Harbour traders have signed a letter asking the operator to rethink its winter schedule.",
          "The proposal would remove the first sailing of the day from November until the end of February.",
          quote_line,
          "A spokesperson for the operator said passenger counts had fallen for three years in a row.",
          "A decision on the timetable is expected after a consultation closing next month."};
}

}  // namespace

TEST_CASE("quoted run: one speaker's words, cut two ways, are same-event evidence", "[compare][quotes]") {
  const Comparison c = compare(
      article(kColumn),
      article(report("\"It is a slow goodbye to everyone who works on the mainland,\" a ferry skipper told the meeting.")));
  CHECK(c.scores.shared_quotes < 1.0);  // the whole quoted spans differ
  CHECK(c.relation == Relation::IndependentSameEvent);
  CHECK(std::any_of(c.reasons.begin(), c.reasons.end(), [](const std::string& r) {
    return r.find("slow goodbye to everyone who works on the mainland") != std::string::npos;
  }));
  // A few quoted words in common, a stock phrase, say nothing.
  CHECK(compare(article(kColumn), article(report("\"Everyone who works,\" a ferry skipper told the meeting, "
                                                 "\"deserves a boat.\"")))
            .relation == Relation::Unrelated);
}
