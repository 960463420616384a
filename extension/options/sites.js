// The options page's sites section: the paused sites (never read; the popup's switch adds to them) and the
// allow list (while it holds sites, only those are read), each with a form to add a site and a button per
// site to take it off. The rules themselves live in shared/site_rules.js, which the background consults.
import { element, t } from '../shared/i18n.js';
import { say } from './common.js';

const $ = (id) => document.getElementById(id);
const rules = globalThis.firsthandSiteRules;

// Each list's words: its heading, the form's field and button, a row's button, the status lines once changed.
const LISTS = {
  deny: { heading: 'options_sites_paused', none: 'options_sites_none_paused', field: 'options_site_pause_label',
    add: 'options_site_pause', remove: 'options_site_resume', removeLabel: 'options_site_resume_label',
    added: 'options_site_paused_done', removed: 'options_site_resumed_done' },
  allow: { heading: 'options_sites_allowed', none: 'options_sites_none_allowed', field: 'options_site_allow_label',
    add: 'options_site_allow', remove: 'options_remove', removeLabel: 'options_site_remove_label',
    added: 'options_site_allowed_done', removed: 'options_site_removed_done' },
};

// A list's heading, rows (#sites-deny, #sites-allow) and form to add a site (#site-form-deny, #site-form-allow).
function listBlock(list) {
  const words = LISTS[list];
  const heading = element('h3', t(words.heading), { id: `sites-${list}-heading` });
  const rows = element('ul', '', { id: `sites-${list}`, class: 'rows', 'aria-labelledby': heading.id });
  const form = element('form', '', { id: `site-form-${list}`, class: 'actions' });
  form.append(element('input', '', { type: 'text', required: '', placeholder: 'example.com', autocomplete: 'off',
    'aria-label': t(words.field) }), element('button', t(words.add), { type: 'submit' }));
  return [heading, rows, form];
}

function siteRow(list, host) {
  const words = LISTS[list];
  const remove = element('button', t(words.remove), { type: 'button', 'aria-label': t(words.removeLabel, host) });
  remove.addEventListener('click', async () => {
    await rules.set(list, host, false);
    say(t(words.removed, host));
    await drawSites();
  });
  const item = element('li');
  item.append(element('span', host, { class: 'what' }), remove);
  return item;
}

async function drawSites() {
  const stored = await rules.read();
  for (const [list, words] of Object.entries(LISTS)) {
    const rows = stored[list].map((host) => siteRow(list, host));
    $(`sites-${list}`).replaceChildren(...(rows.length ? rows : [element('li', t(words.none), { class: 'muted' })]));
  }
}

function initForm(list) {
  const form = $(`site-form-${list}`);
  const input = form.querySelector('input');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const typed = input.value.trim();
    if (!rules.hostOf(typed)) {
      say(t('options_site_invalid', typed));
      return;
    }
    await rules.set(list, typed, true);
    say(t(LISTS[list].added, rules.hostOf(typed)));
    input.value = '';
    await drawSites();
  });
}

export async function initSites() {
  for (const list of Object.keys(LISTS)) {
    $('site-lists').append(...listBlock(list));
    initForm(list);
  }
  await drawSites();
}
