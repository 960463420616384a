// The options page's pack feed subscriptions: subscribe by URL (the host permission is asked for here, in the
// click, as browsers require), and per subscription its title, publisher, key fingerprint (to compare with
// the publisher's), articles, last update and state, with "Update now" and "Remove". The background does the
// fetching and checking (background/feeds.js); this page only asks and shows, a refusal as the sentences of
// its problem codes (feed_problem_*). The list is redrawn before the status line says what happened, so the
// status is the sign that the page is up to date.
import { Channel } from '../shared/channels.js';
import { element, t } from '../shared/i18n.js';
import { hostPattern, isWebUrl } from '../background/feed_verify.js';
import * as store from '../shared/store.js';
import { ask } from './common.js';

const $ = (id) => document.getElementById(id);

function say(message) {
  $('feed-status').textContent = message;
}

// The problems' sentences, each once (the feed URL and its mirrors may fail alike). Problems without a
// sentence of their own, and a failure that is no refusal (the background could not be reached, or failed),
// say that something went wrong.
function problemText(problems) {
  const sentence = ({ code, args = [] }) => chrome.i18n.getMessage(`feed_problem_${code}`, args) || t('feed_problem_unknown');
  return [...new Set((problems?.length ? problems : [{ code: 'unknown' }]).map(sentence))].join(' ');
}

function when(ms) {
  return ms ? new Date(ms).toLocaleString(chrome.i18n.getUILanguage()) : t('feeds_never');
}

function stateText(subscription) {
  return subscription.state === 'error' ? t('feeds_state_error', problemText(subscription.problems))
    : t('feeds_state_ok', when(subscription.lastChecked));
}

async function drawSubscriptions() {
  const subscriptions = await store.listSubscriptions();
  const list = $('feeds');
  list.replaceChildren();
  $('no-feeds').hidden = subscriptions.length > 0;
  for (const s of subscriptions) {
    const item = element('li', '', { 'data-url': s.url, 'data-state': s.state });
    item.append(element('strong', s.title), ' ', element('span', t('feeds_row', s.publisher, s.articles, when(s.lastUpdated))));
    item.append(element('div', t('feeds_key', s.fingerprint), { class: 'muted feed-key' }));
    item.append(element('div', stateText(s), { class: s.state === 'error' ? 'feed-state feed-error' : 'feed-state' }));
    const updateButton = element('button', t('feeds_update'), { type: 'button', 'aria-label': t('feeds_update_label', s.title) });
    updateButton.addEventListener('click', async () => {
      const answer = await ask(Channel.FEED_UPDATE, { url: s.url });
      await drawSubscriptions();
      say(answer.ok ? stateText(answer.subscription) : t('feeds_update_failed', problemText(answer.problems)));
    });
    const removeButton = element('button', t('options_remove'), { type: 'button', 'aria-label': t('feeds_remove_label', s.title) });
    removeButton.addEventListener('click', async () => {
      const answer = await ask(Channel.FEED_REMOVE, { url: s.url });
      await drawSubscriptions();
      say(answer.ok ? t('feeds_removed', s.title) : t('options_error'));
    });
    item.append(element('div', '', { class: 'actions' }));
    item.lastChild.append(updateButton, removeButton);
    list.append(item);
  }
}

// The permission request comes first, while the click still counts as the reader's gesture.
async function subscribe(url) {
  if (!isWebUrl(url)) {
    say(problemText([{ code: 'bad_url' }]));
    return;
  }
  let granted = false;
  try {
    granted = await chrome.permissions.request({ origins: [hostPattern(url)] });
  } catch {
    say(t('options_error'));
    return;
  }
  if (!granted) {
    say(t('feeds_permission_refused', new URL(url).hostname));
    return;
  }
  say(t('feeds_subscribing', url));
  const answer = await ask(Channel.FEED_SUBSCRIBE, { url });
  if (answer.ok) $('feed-url').value = '';
  await drawSubscriptions();
  say(answer.ok ? t('feeds_subscribed', answer.subscription.title, answer.subscription.articles, answer.subscription.fingerprint)
    : t('feeds_subscribe_failed', problemText(answer.problems)));
}

export async function initSubscriptions() {
  $('feed-form').addEventListener('submit', (event) => {
    event.preventDefault();
    subscribe($('feed-url').value.trim());
  });
  await drawSubscriptions();
  $('subscriptions').dataset.ready = 'true';
}
