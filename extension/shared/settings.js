// The reader's settings, in chrome.storage.local: whether analysed articles are added to the history index.
// Read once and kept in memory (every analysed page needs them); storage.onChanged drops the copy when any
// page of the extension changes them.
const DEFAULTS = { historyEnabled: true };

let cached = null;

chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && Object.keys(changes).some((key) => key in DEFAULTS)) cached = null;
});

export async function getSettings() {
  if (!cached) {
    const read = chrome.storage.local.get(Object.keys(DEFAULTS)).then((stored) => ({ ...DEFAULTS, ...stored }));
    cached = read;
    read.catch(() => { if (cached === read) cached = null; });
  }
  return { ...(await cached) };
}

export function setSettings(changes) {
  return chrome.storage.local.set(changes);
}
