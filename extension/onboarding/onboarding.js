// First-run page: fills the table of badges from the same words, colours and icons the toolbar and the popup
// use (_locales, shared/verdicts.js), so the three never disagree.
import { element, localize, t } from '../shared/i18n.js';
import { VERDICT_STYLE } from '../shared/verdicts.js';

function main() {
  localize();
  for (const [kind, style] of Object.entries(VERDICT_STYLE)) {
    const badge = element('span', `${style.icon} ${t(`badge_${kind}`)}`, { class: 'badge' });
    badge.style.setProperty('--verdict', style.colour);
    const item = element('li');
    item.append(badge, element('span', `${t(`verdict_label_${kind}`)}: ${t(`verdict_${kind}`)}`));
    document.getElementById('badges').append(item);
  }
  document.getElementById('open-options').addEventListener('click', () => chrome.runtime.openOptionsPage());
  document.body.dataset.ready = 'true';
}

main();
