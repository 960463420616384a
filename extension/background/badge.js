// The toolbar badge of a tab: a colour and a short text per verdict kind, nothing on non-article pages.
const BADGE_COLOURS = {
  original: '#2e7d32',
  independent_same_event: '#2e7d32',
  unknown: '#546e7a',
  syndicated: '#1565c0',
  rewrite: '#e65100',
  same_source: '#e65100',
  translation: '#e65100',
  spun_copy: '#6a1b9a',
  verbatim_copy: '#c62828',
};

// The calls are independent, so they are made at once rather than one after another's round trip.
export async function showVerdict(tabId, kind) {
  const text = chrome.i18n.getMessage(`badge_${kind}`) || '?';
  await Promise.all([
    chrome.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOURS[kind] || '#546e7a' }),
    chrome.action.setBadgeTextColor && chrome.action.setBadgeTextColor({ tabId, color: '#ffffff' }),
    chrome.action.setBadgeText({ tabId, text }),
    chrome.action.setTitle({ tabId, title: chrome.i18n.getMessage(`verdict_${kind}`) || '' }),
  ]);
}

export async function clearBadge(tabId) {
  await Promise.all([
    chrome.action.setBadgeText({ tabId, text: '' }),
    chrome.action.setTitle({ tabId, title: chrome.i18n.getMessage('extension_name') }),
  ]);
}

// The page could not be analysed (the engine did not load, storage failed): a grey "!" that says so.
export async function showError(tabId) {
  await chrome.action.setBadgeBackgroundColor({ tabId, color: '#546e7a' });
  await chrome.action.setBadgeText({ tabId, text: chrome.i18n.getMessage('badge_error') });
  await chrome.action.setTitle({ tabId, title: chrome.i18n.getMessage('badge_error_title') });
}
