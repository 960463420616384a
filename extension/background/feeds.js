// Subscriptions to pack feeds (`firsthand pack publish`), kept up to date in the background: the feed's key is
// pinned on first subscription; on its interval (chrome.alarms) feed.json is asked for with its validators
// (ETag / If-Modified-Since), its signature checked under the pinned key, and the packs it lists that are not
// stored yet downloaded, each checked for size, SHA-256 and signature, before one transaction swaps the feed's
// packs (store.commitFeed). Any failure keeps the packs stored before and records why. The feed URL is tried
// first, then the feed's mirrors, each only if the reader granted its host (permissions are asked for at
// subscription time by the options page, never at install).
import { fetchLimited } from './feed_fetch.js';
import {
  FeedError, LIMITS, hostPattern, isWebUrl, keyFingerprint, listedPublicKey, parseFeed, toBase64, verifyPack, verifySignature,
} from './feed_verify.js';
import { getEngine, syncPacks } from './core.js';
import { Channel } from '../shared/channels.js';
import * as store from '../shared/store.js';

const ALARM = 'firsthand-feeds';
const ALARM_MINUTES = 15;  // how often due feeds are looked for; each feed's own interval decides when it is due

async function mayReach(url) {
  return chrome.permissions.contains({ origins: [hostPattern(url)] });
}

function manifestUrls(subscription) {
  const mirrors = (subscription.mirrors || []).map((m) => new URL('feed.json', m.endsWith('/') ? m : `${m}/`).href);
  return [subscription.url, ...mirrors];
}

// feed.json and its signature from one URL; {notModified: true} on 304.
async function fetchManifest(url, validators) {
  const headers = {};
  if (validators?.etag) headers['If-None-Match'] = validators.etag;
  if (validators?.lastModified) headers['If-Modified-Since'] = validators.lastModified;
  const manifest = await fetchLimited(url, { maxBytes: LIMITS.manifestBytes, headers });
  if (manifest.status === 304) return { notModified: true };
  if (manifest.status !== 200) throw new FeedError(`${url}: HTTP ${manifest.status}`);
  const signature = await fetchLimited(`${url}.sig`, { maxBytes: LIMITS.signatureBytes });
  if (signature.status !== 200) throw new FeedError(`${url}.sig: HTTP ${signature.status}`);
  return { url, ...manifest, signature: signature.bytes };
}

// The fetched manifest, its signature verified under `pinnedKey` (or, on first subscription, the key it lists).
async function checkedFeed(fetched, pinnedKey) {
  const key = pinnedKey || listedPublicKey(new TextDecoder().decode(fetched.bytes));
  if (!key) throw new FeedError('feed.json lists no readable public key');
  if (!(await verifySignature(key, fetched.signature, fetched.bytes)))
    throw new FeedError('feed.json: bad signature (changed after signing, or signed by another key than the one pinned)');
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(fetched.bytes);
  } catch {
    throw new FeedError('feed.json is not UTF-8 text');
  }
  const feed = parseFeed(text);
  if (toBase64(feed.publicKey) !== toBase64(key))
    throw new FeedError(`the feed now lists another key (${await keyFingerprint(feed.publicKey)}) than the pinned one: refused`);
  return { feed, key };
}

// Each listed pack not stored yet, from the first base URL that gives bytes passing verifyPack.
async function downloadNewPacks(feed, key, bases, storedHashes) {
  const added = [];
  for (const entry of feed.packs) {
    if (storedHashes.has(entry.sha256)) continue;
    const problems = [];
    for (const base of bases) {
      try {
        const download = await fetchLimited(new URL(entry.url, base).href, { maxBytes: entry.size });
        if (download.status !== 200) throw new FeedError(`${entry.url}: HTTP ${download.status}`);
        await verifyPack(entry, download.bytes, key);
        added.push({ name: `${feed.publisher}: ${entry.url.split('/').pop()}`, bytes: download.bytes.buffer,
          size: entry.size, articles: entry.articles, added: Date.now(), sha256: entry.sha256 });
        break;
      } catch (error) {
        problems.push(error.message);
      }
    }
    if (added.at(-1)?.sha256 !== entry.sha256) throw new FeedError(problems.join('; '));
  }
  return added;
}

function recordOf(url, feed, fingerprint, key, fetched, previous) {
  return {
    url, publicKey: toBase64(key), fingerprint, title: feed.title, publisher: feed.publisher, homepage: feed.homepage,
    intervalMinutes: feed.intervalMinutes, windowDays: feed.windowDays, mirrors: feed.mirrors,
    etag: fetched.etag, lastModified: fetched.lastModified, subscribed: previous?.subscribed ?? Date.now(),
    packs: feed.packs.map(({ url: packUrl, sha256, size, articles, firstDate, lastDate, published }) =>
      ({ url: packUrl, sha256, size, articles, firstDate, lastDate, published })),
    articles: feed.packs.reduce((sum, p) => sum + p.articles, 0),
    lastChecked: Date.now(), lastUpdated: Date.now(), state: 'ok', message: '',
  };
}

// One check of a feed (a new subscription when `previous` is undefined). Answers the stored record.
async function check(url, previous) {
  const problems = [];
  const validators = previous && { etag: previous.etag, lastModified: previous.lastModified };
  for (const candidate of previous ? manifestUrls(previous) : [url]) {
    if (!(await mayReach(candidate))) {
      problems.push(`${new URL(candidate).host}: no permission to reach it`);
      continue;
    }
    try {
      const fetched = await fetchManifest(candidate, candidate === url ? validators : null);
      if (fetched.notModified) {
        const record = { ...previous, lastChecked: Date.now(), state: 'ok', message: '' };
        await store.saveSubscription(url, record);
        return record;
      }
      const pinned = previous && Uint8Array.from(atob(previous.publicKey), (c) => c.charCodeAt(0));
      const { feed, key } = await checkedFeed(fetched, pinned);
      const reachable = [];
      for (const base of [fetched.url, ...manifestUrls({ url, mirrors: feed.mirrors })])
        if (!reachable.includes(base) && (await mayReach(base))) reachable.push(base);
      const stored = new Set((previous?.packs || []).map((p) => p.sha256));
      const added = await downloadNewPacks(feed, key, reachable, stored);
      const record = recordOf(url, feed, await keyFingerprint(key), key, candidate === url ? fetched : {}, previous);
      await store.commitFeed(url, record, added);
      await syncPacks(await getEngine());
      return record;
    } catch (error) {
      problems.push(error.message);
    }
  }
  const message = problems.join('; ');
  if (!previous) throw new FeedError(message);
  const record = { ...previous, lastChecked: Date.now(), state: 'error', message };
  await store.saveSubscription(url, record);
  return record;
}

// Checks run one at a time, so two never swap the same feed's packs.
let checking = Promise.resolve();
function queued(work) {
  const run = checking.then(work);
  checking = run.catch(() => {});
  return run;
}

async function subscriptionFor(url) {
  return (await store.listSubscriptions()).find((s) => s.url === url);
}

export function subscribe(url) {
  return queued(async () => {
    if (!isWebUrl(url)) throw new FeedError('a feed URL starts with https:// or http://');
    if (await subscriptionFor(url)) throw new FeedError('already subscribed');
    const record = await check(url, undefined);
    await chrome.alarms.create(ALARM, { periodInMinutes: ALARM_MINUTES });
    return record;
  });
}

export function update(url) {
  return queued(async () => {
    const previous = await subscriptionFor(url);
    if (!previous) throw new FeedError('not subscribed');
    return check(url, previous);
  });
}

export function unsubscribe(url) {
  return queued(async () => {
    await store.commitFeed(url, null, []);
    await syncPacks(await getEngine());
    const remaining = await store.listSubscriptions();
    if (!remaining.length) await chrome.alarms.clear(ALARM);
    // The feed's hosts are given back unless another subscription still needs them.
    const stillUsed = new Set(remaining.flatMap((s) => manifestUrls(s).map(hostPattern)));
    const origins = [hostPattern(url)].filter((o) => !stillUsed.has(o));
    if (origins.length) await chrome.permissions.remove({ origins }).catch(() => {});
  });
}

async function updateDue() {
  for (const subscription of await store.listSubscriptions()) {
    if (Date.now() - subscription.lastChecked >= subscription.intervalMinutes * 60000)
      await update(subscription.url).catch((error) => console.warn('firsthand: feed update:', error));
  }
}

// For background.js: the options page's requests, answered like its other handlers (an error becomes
// {ok: false, error}).
export const feedHandlers = {
  async [Channel.FEED_SUBSCRIBE]({ url }) {
    return { ok: true, subscription: await subscribe(String(url || '')) };
  },
  async [Channel.FEED_UPDATE]({ url }) {
    return { ok: true, subscription: await update(String(url || '')) };
  },
  async [Channel.FEED_REMOVE]({ url }) {
    await unsubscribe(String(url || ''));
    return { ok: true };
  },
};

// For background.js: the alarm listener, registered at top level like every other listener.
export function listenForFeedAlarms() {
  chrome.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) updateDue();
  });
}
