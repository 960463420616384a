// The popup's pause-on-this-site switch: the tab's site as its address names it (shared/site_rules.js, asked
// by early.js), paused or read. Pausing clears the tab's
// badge at once; resuming reloads the tab, so the page is read as if it had just been opened.
import { clearBadge } from '../background/badge.js';
import { t } from '../shared/i18n.js';

const $ = (id) => document.getElementById(id);
const rules = globalThis.firsthandSiteRules;

// Resuming a site the allow list leaves out adds it there too: the switch must be able to undo itself.
async function resume(host) {
  await rules.set('deny', host, false);
  if (!rules.allows(await rules.read(), `https://${host}/`)) await rules.set('allow', host, true);
}

// `onChange(paused)` redraws the popup once the rules are stored.
export function drawSiteSwitch(status, tabId, onChange) {
  const box = $('site-paused');
  box.checked = !status.allowed;
  $('site-paused-label').textContent = t('popup_pause_site', status.host);
  box.addEventListener('change', async () => {
    if (box.checked) {
      await rules.set('deny', status.host, true);
      await clearBadge(tabId);
    } else {
      await resume(status.host);
      await chrome.tabs.reload(tabId);
    }
    onChange(box.checked);
  });
  $('site-switch').hidden = false;
}
