// The toolbar badge of a tab: the verdict's colour (shared/verdicts.js) and short text, nothing on non-article
// pages; and beside it the tab's headline (shared/verdicts.js headlineOf) in chrome.storage.session under
// "headline:<tabId>", which popup/early.js draws before the popup's modules load and before the background
// answers (a stopped service worker keeps it). storage.session is held in memory only, never synced or written
// to disk, and content scripts cannot read it; the headline goes when the badge is cleared, the tab navigates
// or closes (forgetHeadline).
import { UNREADABLE_STYLE, headlineOf, verdictStyle } from '../shared/verdicts.js';

const headlineKey = (tabId) => `headline:${tabId}`;

export function forgetHeadline(tabId) {
  return chrome.storage.session.remove(headlineKey(tabId));
}

// The calls are independent, so they are made at once rather than one after another's round trip. The badge
// does not wait for the headline's write (a popup opened before it lands draws from the background's answer).
export async function showVerdict(tabId, report) {
  const { kind } = report.verdict;
  const text = chrome.i18n.getMessage(`badge_${kind}`) || '?';
  chrome.storage.session.set({ [headlineKey(tabId)]: headlineOf(report) }).catch(() => { /* the popup asks the background */ });
  await Promise.all([
    chrome.action.setBadgeBackgroundColor({ tabId, color: verdictStyle(kind).colour }),
    chrome.action.setBadgeTextColor && chrome.action.setBadgeTextColor({ tabId, color: '#ffffff' }),
    chrome.action.setBadgeText({ tabId, text }),
    chrome.action.setTitle({ tabId, title: chrome.i18n.getMessage(`verdict_${kind}`) || '' }),
  ]);
}

export async function clearBadge(tabId) {
  await Promise.all([
    chrome.action.setBadgeText({ tabId, text: '' }),
    chrome.action.setTitle({ tabId, title: chrome.i18n.getMessage('extension_name') }),
    forgetHeadline(tabId),
  ]);
}

// The page could not be analysed (the engine did not load, storage failed): a grey "!" that says so.
export async function showError(tabId) {
  await forgetHeadline(tabId);
  await chrome.action.setBadgeBackgroundColor({ tabId, color: UNREADABLE_STYLE.colour });
  await chrome.action.setBadgeText({ tabId, text: chrome.i18n.getMessage('badge_error') });
  await chrome.action.setTitle({ tabId, title: chrome.i18n.getMessage('badge_error_title') });
}
