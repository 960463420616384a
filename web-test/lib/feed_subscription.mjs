// Subscribing the extension under test to a pack feed, as a reader does on the options page, for the feed
// and privacy tests. The host permission: Firefox answers the options page's real permissions.request once
// its optional-permission prompt is turned off (FEED_PERMISSION_PREFS); Chromium's prompt cannot be answered
// headless, so grantedExtension gives its copy of the extension 127.0.0.1 in host_permissions, and the same
// request then resolves at once.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { poll } from './browsers.mjs';
import { distDir } from './dist.mjs';

export const FEED_PERMISSION_PREFS = { 'extensions.webextOptionalPermissionPrompts': false };

// A copy of the packaged extension in `dir` whose reader has granted 127.0.0.1.
export function grantedExtension(kind, dir) {
  const copy = path.join(dir, `extension-${kind}`);
  cpSync(distDir(kind), copy, { recursive: true });
  if (kind === 'chromium') {
    const manifest = JSON.parse(readFileSync(path.join(copy, 'manifest.json'), 'utf8'));
    manifest.host_permissions = ['http://127.0.0.1/*'];
    writeFileSync(path.join(copy, 'manifest.json'), JSON.stringify(manifest, null, 2));
  }
  return copy;
}

// Types the feed URL into the options page and clicks Subscribe; answers the status the page then shows.
export async function subscribeFromOptions(options, feedUrl) {
  await options.type('#feed-url', feedUrl);
  await options.click('#feed-subscribe');
  return poll('the subscription', async () => {
    const text = await options.evaluate(() => document.getElementById('feed-status').textContent);
    return /^(Subscribed|Not subscribed)/.test(text) ? text : undefined;
  });
}
