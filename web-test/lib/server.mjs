// A static server on 127.0.0.1 for the browser tests: /seed/NNN.html (seed pages wrapped in HTML when
// ../shared is there), /fixtures/* (this folder's own pages) and /readability.js (Mozilla's, from npm).
import { createServer } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

import { loadExpected, seedHtml, seedsAvailable } from './seed_pages.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const FIXTURES_DIR = path.resolve(here, '../fixtures');
const READABILITY = createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js');

export function seedPages() {
  if (!seedsAvailable()) return [];
  const { documents } = loadExpected();
  return Object.entries(documents).map(([name, doc]) => ({
    name, doc, path: `/seed/${name.slice(0, 3)}.html`, html: seedHtml(name, doc) }));
}

export async function startServer(extraPages = {}) {
  const pages = new Map(Object.entries(extraPages));
  for (const seed of seedPages()) pages.set(seed.path, seed.html);
  for (const file of readdirSync(FIXTURES_DIR)) pages.set(`/fixtures/${file}`, readFileSync(path.join(FIXTURES_DIR, file), 'utf8'));
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    if (url.pathname === '/readability.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(readFileSync(READABILITY));
    } else if (pages.has(url.pathname)) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(pages.get(url.pathname));
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, pages, close: () => new Promise((resolve) => server.close(resolve)) };
}
