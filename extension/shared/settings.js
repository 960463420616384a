// The reader's settings, in chrome.storage.local: whether analysed articles are added to the history index.
const DEFAULTS = { historyEnabled: true };

export async function getSettings() {
  return { ...DEFAULTS, ...(await chrome.storage.local.get(Object.keys(DEFAULTS))) };
}

export function setSettings(changes) {
  return chrome.storage.local.set(changes);
}
