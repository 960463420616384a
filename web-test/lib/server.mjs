// A static server on 127.0.0.1 for the browser tests: /seed/NNN.html (seed pages wrapped in HTML when
// ../shared is there), /fixtures/* (this folder's own pages), /pages/NAME.html (the native tests' fixture
// pages, tests/fixtures/pages/NAME/source.html), /examples/NAME.html (the demo pages written for this project,
// examples/, served only to the tests that ask for them: examplePages()), /aeb/* and /real/* (real pages, when a
// test adds them: lib/aeb_pages.mjs, lib/reading_sample.mjs) and /readability.js (Mozilla's, from npm). A page
// given as bytes is labelled UTF-8 only when it is valid UTF-8; otherwise the browser reads its charset from
// the page, as it would from a server that does not say. Every path asked
// for is recorded in `hits`, so a test can prove a URL was never requested.
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { isUtf8 } from 'node:buffer';

import { loadExpected, seedHtml, seedsAvailable } from './seed_pages.mjs';
import { escapeHtml } from './html.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const FIXTURES_DIR = path.resolve(here, '../fixtures');
const NATIVE_PAGES_DIR = path.resolve(here, '../../tests/fixtures/pages');
const EXAMPLES_DIR = path.resolve(here, '../../examples');
const READABILITY = createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js');

export function seedPages() {
  if (!seedsAvailable()) return [];
  const { documents } = loadExpected();
  return Object.entries(documents).map(([name, doc]) => ({
    name, doc, path: `/seed/${name.slice(0, 3)}.html`, html: seedHtml(name, doc) }));
}

// A plain-text fixture page served as HTML: each line a paragraph.
function textAsHtml(text) {
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  return `<!doctype html><html><head><meta charset="utf-8"></head><body>${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}</body></html>`;
}

// The native tests' fixture pages (tests/fixtures/pages/NAME/source.html, or source.txt served as HTML),
// as served paths: [{name, path, html}].
export function nativeFixturePages() {
  return readdirSync(NATIVE_PAGES_DIR).sort().map((name) => {
    const html = path.join(NATIVE_PAGES_DIR, name, 'source.html');
    return { name, path: `/pages/${name}.html`, html: existsSync(html) ? readFileSync(html, 'utf8')
      : textAsHtml(readFileSync(path.join(NATIVE_PAGES_DIR, name, 'source.txt'), 'utf8')) };
  });
}

// The demo pages of examples/ (an invented wire story and its syndication, scrape, spun copy, rewrite and
// independent coverage), as served paths: [{name, path, html}].
export function examplePages() {
  return readdirSync(EXAMPLES_DIR).filter((file) => file.endsWith('.html')).sort().map((file) => ({
    name: file, path: `/examples/${file}`, html: readFileSync(path.join(EXAMPLES_DIR, file), 'utf8') }));
}

const isUtf8Text = (body) => typeof body === 'string' || isUtf8(body);

const LOCAL_ONLY = "default-src 'self' 'unsafe-inline' data: blob:";

export async function startServer(extraPages = {}) {
  const pages = new Map(Object.entries(extraPages));
  for (const seed of seedPages()) pages.set(seed.path, seed.html);
  for (const file of readdirSync(FIXTURES_DIR)) pages.set(`/fixtures/${file}`, readFileSync(path.join(FIXTURES_DIR, file), 'utf8'));
  for (const page of nativeFixturePages()) pages.set(page.path, page.html);
  const hits = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    hits.push(url.pathname);
    if (url.pathname === '/readability.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(readFileSync(READABILITY));
    } else if (pages.has(url.pathname)) {
      // Real pages saved from the web (the AEB pages) name their images, fonts and scripts on their own hosts:
      // the browser is told to load nothing from anywhere but this server, so none of it leaves the machine.
      const local = /^\/(aeb|real)\//.test(url.pathname) ? { 'content-security-policy': LOCAL_ONLY } : {};
      const body = pages.get(url.pathname);
      response.writeHead(200, { 'content-type': isUtf8Text(body) ? 'text/html; charset=utf-8' : 'text/html', ...local });
      response.end(body);
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, pages, hits, close: () => new Promise((resolve) => server.close(resolve)) };
}
