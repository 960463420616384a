// What the options page's sections share: asking the background, the status line, sizes and dates in words.
import { t } from '../shared/i18n.js';

// The background's answer, or a failure answer when it could not be reached (it may be restarting).
export async function ask(channel, fields = {}) {
  try {
    return (await chrome.runtime.sendMessage({ channel, ...fields })) || { ok: false, error: 'no answer' };
  } catch (error) {
    return { ok: false, error: String(error.message || error) };
  }
}

export function say(message) {
  document.getElementById('status').textContent = message;
}

export function failureText(answer) {
  return answer.code === 'engine_unavailable' ? t('options_engine_unavailable') : t('options_error');
}

export function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

// A stored timestamp as the reader's locale writes a date.
export function formatDay(milliseconds) {
  return new Date(milliseconds).toLocaleDateString(chrome.i18n.getUILanguage(), { year: 'numeric', month: 'short', day: 'numeric' });
}
