// Which sites Firsthand reads: the reader's paused sites (the deny list: never read) and, when it is not
// empty, the allow list (only those sites are read), in chrome.storage.local under `siteRules`. A rule names
// a host and covers its subdomains ("example.com" covers "news.example.com"); a paused site wins over an
// allowed one.
// A classic script, not a module: the popup and the options page load it with a plain <script> tag and the
// background imports it, all reaching it as globalThis.firsthandSiteRules. No web page loads it: the
// background checks a page's address when its content script opens the page:analyze port, and the popup the
// tab's address (activeTab), so a page never touches the extension's storage.
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

  // The site at `url` and whether the rules let it be read ({host, allowed}, what the popup's switch shows), or
  // null for an address with no site (a browser page, about:blank). A storage failure reads as allowed: the
  // rules then are as they were when the extension was installed (none).
  async function statusOf(url) {
    const host = hostOf(url);
    if (!host) return null;
    const rules = await read().catch(() => EMPTY);
    return { host, allowed: allows(rules, url) };
  }

  globalThis.firsthandSiteRules = Object.freeze({ hostOf, allows, read, set, statusOf });
})();
