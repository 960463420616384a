// The extension's strings from _locales, as text: t(key) reads one, localize() fills a page's
// data-i18n="key" (textContent) and data-i18n-label="key" (aria-label) elements, element() creates an element
// with text content (never innerHTML: page-derived strings stay text). Written to load both ways: as a
// classic script (popup/early.js draws with it before any module has loaded) and as a module through
// shared/i18n.js, which every other page imports; both reach the one copy as globalThis.firsthandI18n.
(() => {
  if (globalThis.firsthandI18n) return;

  function t(key, ...substitutions) {
    return chrome.i18n.getMessage(key, substitutions.map(String)) || key;
  }

  function localize(root = document) {
    for (const node of root.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
    for (const node of root.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', t(node.dataset.i18nLabel));
    // The language the strings are in, which is the browser's only when the extension has that locale.
    document.documentElement.lang = t('extension_language');
  }

  function element(tag, text = '', attributes = {}) {
    const node = document.createElement(tag);
    if (text) node.textContent = text;
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    return node;
  }

  globalThis.firsthandI18n = Object.freeze({ t, localize, element });
})();
