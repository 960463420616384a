// Fills every element's text from _locales: data-i18n="key" sets textContent, data-i18n-label="key" sets
// aria-label. Text only, never HTML.
export function t(key, ...substitutions) {
  return chrome.i18n.getMessage(key, substitutions.map(String)) || key;
}

export function localize(root = document) {
  for (const element of root.querySelectorAll('[data-i18n]')) element.textContent = t(element.dataset.i18n);
  for (const element of root.querySelectorAll('[data-i18n-label]'))
    element.setAttribute('aria-label', t(element.dataset.i18nLabel));
  // The language the strings are in, which is the browser's only when the extension has that locale.
  document.documentElement.lang = t('extension_language');
}

// Creates an element with text content (never innerHTML: page-derived strings stay text).
export function element(tag, text = '', attributes = {}) {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}
