// What a pack feed must satisfy before anything from it is stored (the CLI's rules, cli/feed_manifest.h):
// feed.json's Ed25519 signature under the pinned key (WebCrypto), every field type-checked and bounded, pack
// URLs plain relative paths inside the feed; then each pack's size, SHA-256 and signature. A refusal is a
// FeedError holding problem codes, which the options page shows as _locales' feed_problem_* sentences (never
// the technical detail: the reader can act on "the signature does not match", not on a field name).
export const FEED_FORMAT = 'firsthand-feed-1';
export const LIMITS = Object.freeze({
  manifestBytes: 1 << 20, signatureBytes: 64, publicKeyBytes: 32, textChars: 200, urlChars: 2000,
  packs: 400, mirrors: 8, packBytes: 2 ** 30, minIntervalMinutes: 15, maxIntervalMinutes: 7 * 24 * 60, maxWindowDays: 366,
});

const SAFE_PATH = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}(\/[A-Za-z0-9][A-Za-z0-9._-]{0,99}){0,3}$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const HEX64 = /^[0-9a-f]{64}$/;

// A refusal: its problems, each {code, args} (args fill the sentence's placeholders, e.g. the host).
export class FeedError extends Error {
  constructor(problems) {
    super(problems.map((p) => p.code).join(', '));
    this.problems = problems;
  }
}

export function feedError(code, ...args) {
  return new FeedError([{ code, args: args.map(String) }]);
}

// An error's problems; one not raised by these checks (a bug, storage) is 'unknown'.
export function problemsOf(error) {
  return error instanceof FeedError ? error.problems : [{ code: 'unknown', args: [] }];
}

// A field that is missing, of the wrong type, out of bounds or unsafe: the feed is damaged or of another form.
const malformed = () => feedError('malformed');

function fromBase64(text, bytes) {
  let binary;
  try {
    binary = atob(text);
  } catch {
    throw malformed();
  }
  if (binary.length !== bytes) throw malformed();
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export function toBase64(bytes) {
  return btoa(String.fromCharCode(...bytes));
}

export function isWebUrl(text) {
  if (typeof text !== 'string' || text.length > LIMITS.urlChars) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password;
  } catch {
    return false;
  }
}

// The host permission pattern for a URL's host (any port: match patterns have none), asked for at subscription.
export function hostPattern(url) {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}

function text(object, key, limit, { required = false } = {}) {
  const value = object[key];
  if (value === undefined && !required) return '';
  if (typeof value !== 'string' || value.length > limit) throw malformed();
  return value;
}

function count(object, key, low, high) {
  const value = object[key];
  if (!Number.isSafeInteger(value) || value < low || value > high) throw malformed();
  return value;
}

function parsePack(entry) {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) throw malformed();
  const pack = {
    url: text(entry, 'url', LIMITS.urlChars, { required: true }),
    size: count(entry, 'size', 1, LIMITS.packBytes),
    sha256: text(entry, 'sha256', 64, { required: true }),
    signature: fromBase64(text(entry, 'signature', 100, { required: true }), LIMITS.signatureBytes),
    articles: count(entry, 'articles', 0, 2 ** 32 - 1),
    firstDate: text(entry, 'first_date', 10),
    lastDate: text(entry, 'last_date', 10),
    published: text(entry, 'published', 10, { required: true }),
  };
  if (!SAFE_PATH.test(pack.url) || !HEX64.test(pack.sha256)) throw malformed();
  if (![pack.firstDate, pack.lastDate, pack.published].every((d) => !d || DATE.test(d)) || !pack.published) throw malformed();
  return pack;
}

// feed.json's text (already size-checked and signature-verified, from `url`) as a checked feed object.
export function parseFeed(json, url) {
  let manifest;
  try {
    manifest = JSON.parse(json);
  } catch {
    throw feedError('not_a_feed', new URL(url).host);
  }
  if (!manifest || typeof manifest !== 'object' || Array.isArray(manifest) || manifest.format !== FEED_FORMAT)
    throw feedError('not_a_feed', new URL(url).host);
  const feed = {
    title: text(manifest, 'title', LIMITS.textChars, { required: true }),
    publisher: text(manifest, 'publisher', LIMITS.textChars, { required: true }),
    homepage: text(manifest, 'homepage', LIMITS.urlChars),
    publicKey: fromBase64(text(manifest, 'public_key', 100, { required: true }), LIMITS.publicKeyBytes),
    intervalMinutes: count(manifest, 'update_interval_minutes', LIMITS.minIntervalMinutes, LIMITS.maxIntervalMinutes),
    windowDays: count(manifest, 'window_days', 1, LIMITS.maxWindowDays),
    updated: text(manifest, 'updated', 40),
    mirrors: manifest.mirrors ?? [],
    packs: manifest.packs,
  };
  if (feed.homepage && !isWebUrl(feed.homepage)) throw malformed();
  if (!Array.isArray(feed.mirrors) || feed.mirrors.length > LIMITS.mirrors || !feed.mirrors.every(isWebUrl)) throw malformed();
  if (!Array.isArray(feed.packs) || feed.packs.length > LIMITS.packs) throw malformed();
  feed.packs = feed.packs.map(parsePack);
  if (new Set(feed.packs.map((p) => p.url)).size !== feed.packs.length) throw malformed();
  return feed;
}

// The public key listed in a manifest not yet verified (first subscription pins it); null when unreadable.
export function listedPublicKey(json) {
  try {
    return fromBase64(JSON.parse(json).public_key, LIMITS.publicKeyBytes);
  } catch {
    return null;
  }
}

export async function verifySignature(publicKey, signature, bytes) {
  if (signature.byteLength !== LIMITS.signatureBytes) return false;
  const key = await crypto.subtle.importKey('raw', publicKey, { name: 'Ed25519' }, false, ['verify']);
  return crypto.subtle.verify({ name: 'Ed25519' }, key, signature, bytes);
}

export async function sha256Hex(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

// The first 10 bytes of SHA-256(public key), hex in groups of four: what `firsthand pack keygen` prints.
export async function keyFingerprint(publicKey) {
  return (await sha256Hex(publicKey)).slice(0, 20).match(/.{4}/g).join(' ');
}

// A downloaded pack against its manifest entry: its size and SHA-256 (else damaged in transit or tampered
// with), then its signature.
export async function verifyPack(entry, bytes, publicKey) {
  if (bytes.byteLength !== entry.size || (await sha256Hex(bytes)) !== entry.sha256) throw feedError('pack_damaged');
  if (!(await verifySignature(publicKey, entry.signature, bytes))) throw feedError('pack_unsigned');
}
