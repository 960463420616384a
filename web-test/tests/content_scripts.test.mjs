// The content scripts' string work and figures, without a browser: content/gather.js's cut of a serialisation
// (what is cut, what is kept whole, how nesting and look-alike names are read) on markup as the browsers'
// serialisers write it, and the article check's figures against the core's (docs/article-check.md: one rule).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const source = (file) => readFileSync(path.join(root, file), 'utf8');

// The classic scripts' functions, run as the browser runs them: in one global scope.
const scope = vm.createContext({});
vm.runInContext(source('extension/content/gather.js'), scope);
const cut = (html) => vm.runInContext(`firsthandCutMarkup(${JSON.stringify(html)})`, scope);

test('scripts, styles, SVG, templates and comments are cut; JSON-LD and the text around them stay', () => {
  const html = '<body><p>One</p><script>var a = "<p>no</p>";</script><style>p { color: red }</style>'
    + '<script type="application/ld+json">{"headline": "Kept"}</script><!-- a <script> in a comment -->'
    + '<svg viewBox="0 0 1 1"><title>icon</title><text>no</text></svg><template><p>no</p></template><p>Two</p></body>';
  assert.equal(cut(html), '<body><p>One</p><script type="application/ld+json">{"headline": "Kept"}</script><p>Two</p></body>');
});

test('nested SVG and templates are cut whole; <svg-icon> is another element', () => {
  assert.equal(cut('<div><svg><g><svg><rect></rect></svg><text>no</text></g></svg><p>After</p></div>'), '<div><p>After</p></div>');
  assert.equal(cut('<template><template><p>no</p></template><p>no</p></template><p>After</p>'), '<p>After</p>');
  assert.equal(cut('<svg><svg-icon name="x"></svg-icon></svg><p>After</p>'), '<p>After</p>');
  assert.equal(cut('<svg-icon name="x"></svg-icon><p>Kept</p>'), '<svg-icon name="x"></svg-icon><p>Kept</p>');
});

test('raw text of noscript, iframe, xmp is passed over whole: markup written in it is not read as elements', () => {
  const noscript = '<noscript><style>.a{}</noscript><p>Kept</p><style>.b{}</style>';
  assert.equal(cut(noscript), '<noscript><style>.a{}</noscript><p>Kept</p>');
  assert.equal(cut('<xmp><script></xmp><p>Kept</p>'), '<xmp><script></xmp><p>Kept</p>');
});

test('an element left open runs to the end, as the core reads it; names that only begin alike are kept', () => {
  assert.equal(cut('<p>Kept</p><script>never closed'), '<p>Kept</p>');
  assert.equal(cut('<p>Kept</p><!-- never closed'), '<p>Kept</p>');
  assert.equal(cut('<stylebox>Kept</stylebox><scripted>Kept</scripted>'), '<stylebox>Kept</stylebox><scripted>Kept</scripted>');
});

test('the article check in the page uses the core\'s figures', () => {
  const core = source('core/verdict/article_page.cpp');
  const page = source('extension/content/article_check.js');
  const figure = (text, name) => Number(text.match(new RegExp(`${name}\\s*=\\s*([0-9.]+)`))[1]);
  assert.equal(figure(page, 'FIRSTHAND_MIN_PROSE_BYTES'), figure(core, 'kMinProseBytes'));
  assert.equal(figure(page, 'FIRSTHAND_MIN_PROSE_SCORE'), figure(core, 'kMinProseScore'));
});
