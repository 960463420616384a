// The site rules' matching (extension/shared/site_rules.js), run under Node in a context of its own: what a
// typed site becomes, that a rule covers the site's subdomains and nothing else, that a paused site wins over
// an allowed one, and that an allow list leaves every other site out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const here = path.dirname(fileURLToPath(import.meta.url));
const context = vm.createContext({ URL, location: { protocol: 'chrome-extension:', href: 'chrome-extension://x/popup.html' } });
vm.runInContext(readFileSync(path.resolve(here, '../../extension/shared/site_rules.js'), 'utf8'), context);
const rules = context.firsthandSiteRules;

test('a typed site or an address gives its host name', () => {
  for (const [typed, host] of [['example.com', 'example.com'], ['https://WWW.Example.com/a/b?c', 'example.com'],
    ['*.news.example.org', 'news.example.org'], ['example.com:8080', 'example.com'], ['HTTP://127.0.0.1:8080/x', '127.0.0.1'],
    ['xn--bcher-kva.example', 'xn--bcher-kva.example'], ['bücher.example', 'xn--bcher-kva.example']]) {
    assert.equal(rules.hostOf(typed), host, typed);
  }
  for (const typed of ['', '   ', 'not a site', 'ftp://example.com', 'file:///etc/passwd', 'javascript:alert(1)']) {
    assert.equal(rules.hostOf(typed), '', typed);
  }
});

test('rules cover subdomains only; a paused site wins; an allow list reads only its sites', () => {
  const none = { allow: [], deny: [] };
  assert.equal(rules.allows(none, 'https://any.example/page'), true);
  assert.equal(rules.allows(none, 'about:blank'), false);
  const paused = { allow: [], deny: ['example.com'] };
  assert.equal(rules.allows(paused, 'https://example.com/a'), false);
  assert.equal(rules.allows(paused, 'https://news.example.com/a'), false);
  assert.equal(rules.allows(paused, 'https://notexample.com/a'), true);
  assert.equal(rules.allows(paused, 'https://example.com.evil.test/a'), true);
  const allowed = { allow: ['example.com'], deny: ['ads.example.com'] };
  assert.equal(rules.allows(allowed, 'https://www.example.com/a'), true);
  assert.equal(rules.allows(allowed, 'https://ads.example.com/a'), false);
  assert.equal(rules.allows(allowed, 'https://other.test/a'), false);
});
