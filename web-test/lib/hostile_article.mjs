// A hostile article page for the popup XSS test: its title, byline, site name, canonical URL, JSON-LD and
// body paragraphs carry markup, <script>, <img onerror> and javascript: URLs as text. Every payload would
// request MARKER_PATH/<where> on the test server if it were ever run or rendered as HTML; the page itself
// holds them only as text (escaped), so a request to a marker proves an injection.
import { escapeHtml } from './html.mjs';
import { articleParagraphs, topic } from './invented_articles.mjs';

export const MARKER_PATH = '/xss-marker';
// The one real image of the page: proves the server records what the browser fetches.
export const CONTROL_PATH = '/xss-control.png';

export function payload(where) {
  return `<img src="${MARKER_PATH}/${where}" onerror="fetch('${MARKER_PATH}/${where}-onerror')">`
    + `<script>fetch('${MARKER_PATH}/${where}-script')</script><b class="xss-injected">${where}</b>`
    + `<a href="javascript:fetch('${MARKER_PATH}/${where}-href')">${where}</a>`;
}

// The paragraphs the hostile pages share: the topic's text with payloads in two of them.
export function hostileParagraphs(topicName) {
  const paragraphs = articleParagraphs(topicName);
  paragraphs[1] = `${paragraphs[1]} ${payload('body-1')}`;
  paragraphs[4] = `${payload('body-4')} ${paragraphs[4]}`;
  return paragraphs;
}

// `role` names the page ("original" or "copy") in its payloads; `date` orders the two.
export function hostileArticlePage(topicName, { role, date }) {
  const title = `${topic(topicName).title} ${payload(`${role}-title`)}`;
  const site = `${role} site ${payload(`${role}-site`)}`;
  const byline = `By ${payload(`${role}-byline`)}`;
  const jsonLd = {
    '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title, datePublished: `${date}T08:00:00Z`,
    url: `javascript:fetch('${MARKER_PATH}/${role}-jsonld-url')`,
    author: { '@type': 'Person', name: payload(`${role}-jsonld-author`) },
    publisher: { '@type': 'Organization', name: site },
  };
  // "</script>" inside the JSON-LD is written "<\/script>", as an attacker would, to keep the block whole.
  const jsonLdText = JSON.stringify(jsonLd).replace(/<\//g, '<\\/');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta property="og:site_name" content="${escapeHtml(site)}">
<meta property="og:url" content="javascript:fetch('${MARKER_PATH}/${role}-og-url')">
<link rel="canonical" href="javascript:fetch('${MARKER_PATH}/${role}-canonical')">
<meta name="author" content="${escapeHtml(payload(`${role}-meta-author`))}">
<meta property="article:published_time" content="${date}T08:00:00Z">
<script type="application/ld+json">${jsonLdText}</script></head>
<body><main><article><h1>${escapeHtml(title)}</h1><p class="byline">${escapeHtml(byline)}</p>
<img src="${CONTROL_PATH}" alt="">
${hostileParagraphs(topicName).map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article></main></body></html>`;
}
