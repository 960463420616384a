// What a pack feed must satisfy before anything from it is stored (the CLI's rules, cli/feed_manifest.h):
// feed.json's Ed25519 signature under the pinned key (WebCrypto), every field type-checked and bounded, pack
// URLs plain relative paths inside the feed; then each pack's size, SHA-256 and signature. Errors are plain
// sentences for the options page.
export const FEED_FORMAT = 'firsthand-feed-1';
export const LIMITS = Object.freeze({
  manifestBytes: 1 << 20, signatureBytes: 64, publicKeyBytes: 32, textChars: 200, urlChars: 2000,
  packs: 400, mirrors: 8, packBytes: 2 ** 30, minIntervalMinutes: 15, maxIntervalMinutes: 7 * 24 * 60, maxWindowDays: 366,
});

const SAFE_PATH = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}(\/[A-Za-z0-9][A-Za-z0-9._-]{0,99}){0,3}$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const HEX64 = /^[0-9a-f]{64}$/;

export class FeedError extends Error {}

function fromBase64(text, bytes, what) {
  let binary;
  try {
    binary = atob(text);
  } catch {
    throw new FeedError(`${what} is not base64`);
  }
  if (binary.length !== bytes) throw new FeedError(`${what} is not ${bytes} bytes`);
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
  if (typeof value !== 'string') throw new FeedError(`"${key}" is ${value === undefined ? 'missing' : 'not a string'}`);
  if (value.length > limit) throw new FeedError(`"${key}" is longer than ${limit} characters`);
  return value;
}

function count(object, key, low, high) {
  const value = object[key];
  if (!Number.isSafeInteger(value) || value < low || value > high)
    throw new FeedError(`"${key}" must be a whole number from ${low} to ${high}`);
  return value;
}

function parsePack(entry, index) {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) throw new FeedError(`pack ${index + 1} is not an object`);
  try {
    const pack = {
      url: text(entry, 'url', LIMITS.urlChars, { required: true }),
      size: count(entry, 'size', 1, LIMITS.packBytes),
      sha256: text(entry, 'sha256', 64, { required: true }),
      signature: fromBase64(text(entry, 'signature', 100, { required: true }), LIMITS.signatureBytes, '"signature"'),
      articles: count(entry, 'articles', 0, 2 ** 32 - 1),
      firstDate: text(entry, 'first_date', 10),
      lastDate: text(entry, 'last_date', 10),
      published: text(entry, 'published', 10, { required: true }),
    };
    if (!SAFE_PATH.test(pack.url)) throw new FeedError(`URL "${pack.url.slice(0, 80)}" is not a plain path inside the feed`);
    if (!HEX64.test(pack.sha256)) throw new FeedError('"sha256" is not 64 hex digits');
    if (![pack.firstDate, pack.lastDate, pack.published].every((d) => !d || DATE.test(d)) || !pack.published)
      throw new FeedError('a date is not YYYY-MM-DD');
    return pack;
  } catch (error) {
    throw new FeedError(`pack ${index + 1}: ${error.message}`);
  }
}

// feed.json's text (already size-checked and signature-verified) as a checked feed object.
export function parseFeed(json) {
  let manifest;
  try {
    manifest = JSON.parse(json);
  } catch {
    throw new FeedError('feed.json is not valid JSON (truncated or corrupt)');
  }
  if (!manifest || typeof manifest !== 'object' || Array.isArray(manifest)) throw new FeedError('feed.json is not a JSON object');
  if (manifest.format !== FEED_FORMAT) throw new FeedError(`not a Firsthand feed ("format" is not "${FEED_FORMAT}")`);
  const feed = {
    title: text(manifest, 'title', LIMITS.textChars, { required: true }),
    publisher: text(manifest, 'publisher', LIMITS.textChars, { required: true }),
    homepage: text(manifest, 'homepage', LIMITS.urlChars),
    publicKey: fromBase64(text(manifest, 'public_key', 100, { required: true }), LIMITS.publicKeyBytes, '"public_key"'),
    intervalMinutes: count(manifest, 'update_interval_minutes', LIMITS.minIntervalMinutes, LIMITS.maxIntervalMinutes),
    windowDays: count(manifest, 'window_days', 1, LIMITS.maxWindowDays),
    updated: text(manifest, 'updated', 40),
    mirrors: manifest.mirrors ?? [],
    packs: manifest.packs,
  };
  if (feed.homepage && !isWebUrl(feed.homepage)) throw new FeedError('"homepage" is not an http(s) URL');
  if (!Array.isArray(feed.mirrors) || feed.mirrors.length > LIMITS.mirrors || !feed.mirrors.every(isWebUrl))
    throw new FeedError(`"mirrors" must be a list of at most ${LIMITS.mirrors} http(s) URLs`);
  if (!Array.isArray(feed.packs)) throw new FeedError('"packs" is missing or not a list');
  if (feed.packs.length > LIMITS.packs) throw new FeedError(`more than ${LIMITS.packs} packs`);
  feed.packs = feed.packs.map(parsePack);
  if (new Set(feed.packs.map((p) => p.url)).size !== feed.packs.length) throw new FeedError('a pack URL is listed twice');
  return feed;
}

// The public key listed in a manifest not yet verified (first subscription pins it); null when unreadable.
export function listedPublicKey(json) {
  try {
    return fromBase64(JSON.parse(json).public_key, LIMITS.publicKeyBytes, 'key');
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

// A downloaded pack against its manifest entry; throws with the reason.
export async function verifyPack(entry, bytes, publicKey) {
  if (bytes.byteLength < entry.size) throw new FeedError(`${entry.url}: truncated, ${bytes.byteLength} of ${entry.size} bytes`);
  if (bytes.byteLength > entry.size) throw new FeedError(`${entry.url}: larger than the ${entry.size} bytes the feed says`);
  if ((await sha256Hex(bytes)) !== entry.sha256) throw new FeedError(`${entry.url}: SHA-256 differs from the feed's (tampered or corrupt)`);
  if (!(await verifySignature(publicKey, entry.signature, bytes))) throw new FeedError(`${entry.url}: bad signature`);
}
