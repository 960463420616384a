// Subscriptions to pack feeds (`firsthand pack publish`), kept up to date in the background: the feed's key is
// pinned on first subscription; on its interval (chrome.alarms) feed.json is asked for with its validators
// (ETag / If-Modified-Since), its signature checked under the pinned key, and the packs it lists that are not
// stored yet downloaded, each checked for size, SHA-256 and signature, before one transaction swaps the feed's
// packs (store.commitFeed). Any failure keeps the packs stored before and records why (problem codes, see
// feed_verify.js's FeedError). The feed URL is tried
// first, then the feed's mirrors, each only if the reader granted its host (permissions are asked for at
// subscription time by the options page, never at install).
import { fetchLimited } from './feed_fetch.js';
import {
  FeedError, LIMITS, feedError, hostPattern, isWebUrl, keyFingerprint, listedPublicKey, parseFeed, problemsOf, toBase64,
  verifyPack, verifySignature,
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
  refuseStatus(url, manifest.status);
  const signature = await fetchLimited(`${url}.sig`, { maxBytes: LIMITS.signatureBytes });
  refuseStatus(url, signature.status);
  return { url, ...manifest, signature: signature.bytes };
}

// A status other than 200: nothing there (404, 410), or the server failing (any other).
function refuseStatus(url, status) {
  if (status === 200) return;
  const { host } = new URL(url);
  throw status === 404 || status === 410 ? feedError('not_found', host) : feedError('server_error', host, status);
}

// The fetched manifest, its signature verified under `pinnedKey` (or, on first subscription, the key it lists).
// A signature that fails says why as well as it can tell: the bytes are no feed at all (a web page in its
// place), a feed under another key than the pinned one, or a feed changed after signing.
async function checkedFeed(fetched, pinnedKey) {
  const notAFeed = () => feedError('not_a_feed', new URL(fetched.url).host);
  const listed = listedPublicKey(new TextDecoder().decode(fetched.bytes));
  const key = pinnedKey || listed;
  if (!key) throw notAFeed();
  if (!(await verifySignature(key, fetched.signature, fetched.bytes))) {
    if (!listed) throw notAFeed();
    throw feedError(toBase64(listed) === toBase64(key) ? 'bad_signature' : 'key_changed');
  }
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(fetched.bytes);
  } catch {
    throw notAFeed();
  }
  const feed = parseFeed(text, fetched.url);
  if (toBase64(feed.publicKey) !== toBase64(key)) throw feedError('key_changed');
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
        const packUrl = new URL(entry.url, base).href;
        const download = await fetchLimited(packUrl, { maxBytes: entry.size });
        refuseStatus(packUrl, download.status);
        await verifyPack(entry, download.bytes, key);
        added.push({ name: `${feed.publisher}: ${entry.url.split('/').pop()}`, bytes: download.bytes.buffer,
          size: entry.size, articles: entry.articles, added: Date.now(), sha256: entry.sha256 });
        break;
      } catch (error) {
        problems.push(...problemsOf(error));
      }
    }
    if (added.at(-1)?.sha256 !== entry.sha256) throw new FeedError(problems);
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
    lastChecked: Date.now(), lastUpdated: Date.now(), state: 'ok', problems: [],
  };
}

// One check of a feed (a new subscription when `previous` is undefined). Answers the stored record.
async function check(url, previous) {
  const problems = [];
  const validators = previous && { etag: previous.etag, lastModified: previous.lastModified };
  for (const candidate of previous ? manifestUrls(previous) : [url]) {
    if (!(await mayReach(candidate))) {
      problems.push(...feedError('no_permission', new URL(candidate).hostname).problems);
      continue;
    }
    try {
      const fetched = await fetchManifest(candidate, candidate === url ? validators : null);
      if (fetched.notModified) {
        const record = { ...previous, lastChecked: Date.now(), state: 'ok', problems: [] };
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
      if (!(error instanceof FeedError)) console.warn('firsthand: feed check:', error);
      problems.push(...problemsOf(error));
    }
  }
  if (!previous) throw new FeedError(problems);
  const record = { ...previous, lastChecked: Date.now(), state: 'error', problems };
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
    if (!isWebUrl(url)) throw feedError('bad_url');
    if (await subscriptionFor(url)) throw feedError('already_subscribed');
    const record = await check(url, undefined);
    await chrome.alarms.create(ALARM, { periodInMinutes: ALARM_MINUTES });
    return record;
  });
}

export function update(url) {
  return queued(async () => {
    const previous = await subscriptionFor(url);
    if (!previous) throw feedError('not_subscribed');
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

// A feed's refusal as an answer {ok: false, problems}; any other error goes on to background.js, which
// answers it like its other handlers' ({ok: false, error}).
async function answerOrProblems(work) {
  try {
    return { ok: true, subscription: await work };
  } catch (error) {
    if (error instanceof FeedError) return { ok: false, problems: error.problems };
    throw error;
  }
}

// For background.js: the options page's requests.
export const feedHandlers = {
  [Channel.FEED_SUBSCRIBE]({ url }) {
    return answerOrProblems(subscribe(String(url || '')));
  },
  [Channel.FEED_UPDATE]({ url }) {
    return answerOrProblems(update(String(url || '')));
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
