// Which sites Firsthand reads: the reader's paused sites (the deny list: never read) and, when it is not
// empty, the allow list (only those sites are read), in chrome.storage.local under `siteRules`. A rule names
// a host and covers its subdomains ("example.com" covers "news.example.com"); a paused site wins over an
// allowed one.
// A classic script, not a module: it runs as the first content script (manifest.json), so the other
// content scripts consult it before they send anything, and the popup and options page load it with a
// plain <script> tag; all of them reach it as globalThis.firsthandSiteRules. It touches no extension API
// when it loads: in a web page the first touch of chrome.runtime costs more than the article check (Chromium
// 0.5-3.6 ms, Firefox 6-25 ms), so content.js alone touches it, once, after the check.
(() => {
  if (globalThis.firsthandSiteRules) return;
  const KEY = 'siteRules';
  const EMPTY = Object.freeze({ allow: [], deny: [] });

  // A host name from what the reader typed ("https://www.Example.com/a", "*.example.com", "example.com:8080")
  // or from a page's address; '' when there is none.
  function hostOf(text) {
    let value = String(text || '').trim().toLowerCase();
    if (!value) return '';
    if (!/^[a-z][a-z0-9+.-]*:\/\//.test(value)) value = `http://${value.replace(/^\*\./, '')}`;
    try {
      const { protocol, hostname } = new URL(value);
      const host = hostname.replace(/^www\./, '').replace(/\.$/, '');
      // Letters, digits, dots and hyphens (a name in another script comes punycoded), or an IPv6 address:
      // Chromium lets "not a site" through as a host of percent escapes.
      return /^https?:$/.test(protocol) && /^([a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/.test(host) ? host : '';
    } catch {
      return '';
    }
  }

  const covers = (rule, host) => host === rule || host.endsWith(`.${rule}`);

  // Whether the rules let the extension read a page at `url`.
  function allows(rules, url) {
    const host = hostOf(url);
    if (!host) return false;
    if (rules.deny.some((rule) => covers(rule, host))) return false;
    return rules.allow.length === 0 || rules.allow.some((rule) => covers(rule, host));
  }

  async function read() {
    const stored = (await chrome.storage.local.get(KEY))[KEY] || {};
    return { allow: [...(stored.allow || EMPTY.allow)], deny: [...(stored.deny || EMPTY.deny)] };
  }

  // Adds (on) or removes (off) the host of `site` in one list ('allow' or 'deny'); resolves to the rules as
  // stored, or null when `site` names no host.
  async function set(list, site, on) {
    const host = hostOf(site);
    if (!host) return null;
    const rules = await read();
    rules[list] = rules[list].filter((rule) => rule !== host);
    if (on) rules[list].push(host);
    rules[list].sort();
    await chrome.storage.local.set({ [KEY]: rules });
    return rules;
  }

  // This page's site and whether the rules let it be read ({host, allowed}, what content.js answers the
  // popup's site:status with). A storage failure reads as allowed: the rules then are as they were when the
  // extension was installed (none).
  async function here() {
    const rules = await read().catch(() => EMPTY);
    return { host: hostOf(location.href), allowed: allows(rules, location.href) };
  }

  globalThis.firsthandSiteRules = Object.freeze({
    hostOf, allows, read, set, here,
    allowedHere: async () => (await here()).allowed,
  });
})();
