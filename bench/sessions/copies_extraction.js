#!/usr/bin/env node
// Extraction of the copies made by `firsthand copies` (bench/sessions/run_copies.sh), beside the Readability.js
// peer: per kind, the share of the copied text's words that the extracted text keeps (recall) and the share of
// the extracted words that belong to it (precision), bags of words against bodies/KIND/NAME.txt. Run with
// NODE_PATH at the peer's node_modules (bench/aeb/readability_peer.sh installs it).
// Usage: node copies_extraction.js FIRSTHAND COPIES_DIR
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { Readability } = require('@mozilla/readability');
const { DOMParser } = require('linkedom');

const [firsthand, dir] = process.argv.slice(2);

function words(text) {
  const bag = new Map();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) || []) bag.set(w, (bag.get(w) || 0) + 1);
  return bag;
}
function overlap(a, b) {
  let n = 0;
  for (const [w, c] of a) n += Math.min(c, b.get(w) || 0);
  return n;
}
function total(bag) {
  let n = 0;
  for (const c of bag.values()) n += c;
  return n;
}
function readability(file) {
  if (!file.endsWith('.html')) return null;  // a plain-text copy has no DOM for the peer
  const doc = new DOMParser().parseFromString(fs.readFileSync(file, 'utf8'), 'text/html');
  const article = new Readability(doc).parse();
  return article && article.textContent ? article.textContent : '';
}

const sums = new Map();  // kind -> {n, fh: [kept, extracted], peer: [kept, extracted], body}
for (const line of fs.readFileSync(path.join(dir, 'copies.list'), 'utf8').split('\n')) {
  if (!line) continue;
  const file = line.split('\t')[0];
  const kind = path.basename(path.dirname(file));
  const body = words(fs.readFileSync(path.join(dir, 'bodies', kind, path.basename(file) + '.txt'), 'utf8'));
  const s = sums.get(kind) || { n: 0, body: 0, fh: [0, 0], peer: [0, 0], peerPages: 0 };
  s.n++;
  s.body += total(body);
  const ours = words(execFileSync(firsthand, ['extract', file], { encoding: 'utf8', maxBuffer: 64 << 20 }));
  s.fh[0] += overlap(body, ours);
  s.fh[1] += total(ours);
  const peerText = readability(file);
  if (peerText !== null) {
    const theirs = words(peerText);
    s.peer[0] += overlap(body, theirs);
    s.peer[1] += total(theirs);
    s.peerPages++;
  }
  sums.set(kind, s);
}
const f = (x, y) => (y ? (x / y).toFixed(3) : '-');
console.log('| kind | copies | firsthand recall | firsthand precision | Readability recall | Readability precision |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [kind, s] of [...sums].sort()) {
  const peerBody = s.peerPages ? s.body : 0;
  console.log(`| ${kind} | ${s.n} | ${f(s.fh[0], s.body)} | ${f(s.fh[0], s.fh[1])} | ${f(s.peer[0], peerBody)} | ${f(s.peer[0], s.peer[1])} |`);
}
