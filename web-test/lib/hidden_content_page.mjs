// An invented article page whose stylesheet and scripts decide what the reader sees: a paragraph hidden by a
// class rule, one with visibility:hidden, a closed <details>, a hidden mobile menu, a paragraph upper-cased
// by CSS and a custom element whose shadow DOM adds text that the serialised DOM lacks. The browser test
// checks that the live-DOM analysis keeps what is shown and drops what is not; the native CLI, which has no
// stylesheet, keeps the hidden paragraph (proof that the page tests the browser's rendering).
export const SHOWN_PARAGRAPHS = [
  'The valley water board agreed on Monday to line the old irrigation canal with clay, a job it had put off for eleven summers while leaks drained the upper fields.',
  'Engineers walked the full length of the canal in March and counted forty-one breaches, most of them where tree roots had split the original stone lining.',
  'Farmers on the upper terraces said they had lost a third of their allotted water last year, and several had drilled private wells that the board now wants capped.',
  'The clay will be dug from a pit beside the reservoir, which keeps haulage short and lets the board avoid the county road during the harvest months.',
  'Work starts in October once the sluices are closed for the winter, and the board expects the first section, below the mill, to hold water by the spring thaw.',
];
// Shown, but upper-cased by CSS (text-transform): innerText has it in capitals, the DOM in sentence case.
export const UPPERCASED_PARAGRAPH = 'A second vote, on raising the annual water fee by four percent to pay for the lining, was postponed until the board has the final contractor quotes in hand.';
export const HIDDEN_PARAGRAPHS = {
  classRule: 'Subscribers can read the full engineering survey of every breach along the canal, with photographs of each repair site and the cost estimates for all of them.',
  visibilityHidden: 'This paragraph is laid out but invisible, kept in the page so that a slide-in panel can reveal it later when the reader scrolls past the last heading.',
  closedDetails: 'Correction notes are folded away inside a details element that the reader has not opened, so none of this sentence is on the screen at the moment.',
};
export const SHADOW_TEXT = 'Live water levels from the reservoir gauge, updated every ten minutes';

export function hiddenContentPage() {
  const shown = SHOWN_PARAGRAPHS.map((p) => `<p>${p}</p>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Water board to reline the old canal | Valley Courier</title>
<meta property="og:site_name" content="Valley Courier"><meta property="article:published_time" content="2026-06-02T07:30:00Z">
<style>.members-only{display:none}.slide-in{visibility:hidden}.kicker{text-transform:uppercase}.mobile-menu{display:none}</style>
</head><body>
<nav class="mobile-menu"><ul><li><a href="/m/news">Mobile news index</a></li><li><a href="/m/weather">Mobile weather index</a></li><li><a href="/m/sport">Mobile sport index</a></li></ul></nav>
<nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/weather">Weather</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<main><article><h1>Water board to reline the old canal</h1><p class="byline">By Ilse Moreau</p>
${shown[0]}
<water-gauge></water-gauge>
${shown[1]}
<p class="members-only">${HIDDEN_PARAGRAPHS.classRule}</p>
${shown[2]}
<p class="slide-in">${HIDDEN_PARAGRAPHS.visibilityHidden}</p>
<p class="kicker">${UPPERCASED_PARAGRAPH}</p>
${shown[3]}
<details><summary>Corrections</summary><p>${HIDDEN_PARAGRAPHS.closedDetails}</p></details>
${shown[4]}
</article></main>
<footer><p>Valley Courier, 2026.</p></footer>
<script>
customElements.define('water-gauge', class extends HTMLElement {
  connectedCallback() {
    this.attachShadow({ mode: 'closed' }).innerHTML = '<p>${SHADOW_TEXT}</p>';
  }
});
</script>
</body></html>`;
}
