// The toolbar badge of a tab: the verdict's colour (shared/verdicts.js) and short text, nothing on non-article
// pages.
import { UNREADABLE_STYLE, verdictStyle } from '../shared/verdicts.js';

// The calls are independent, so they are made at once rather than one after another's round trip.
export async function showVerdict(tabId, kind) {
  const text = chrome.i18n.getMessage(`badge_${kind}`) || '?';
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
  ]);
}

// The page could not be analysed (the engine did not load, storage failed): a grey "!" that says so.
export async function showError(tabId) {
  await chrome.action.setBadgeBackgroundColor({ tabId, color: UNREADABLE_STYLE.colour });
  await chrome.action.setBadgeText({ tabId, text: chrome.i18n.getMessage('badge_error') });
  await chrome.action.setTitle({ tabId, title: chrome.i18n.getMessage('badge_error_title') });
}
