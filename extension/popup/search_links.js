// "Find the original" links: web searches for the article's most distinctive sentence (search_sentence.js).
// They are plain links: no request is made unless the reader clicks one.
const SEARCH_ENGINES = [
  { name: 'DuckDuckGo', base: 'https://duckduckgo.com/?q=' },
  { name: 'Google', base: 'https://www.google.com/search?q=' },
  { name: 'Bing', base: 'https://www.bing.com/search?q=' },
];

export function searchLinks(sentence) {
  const query = encodeURIComponent(`"${sentence}"`);
  return SEARCH_ENGINES.map(({ name, base }) => ({ name, url: base + query }));
}
