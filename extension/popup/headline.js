// The popup's first screen, drawn from a headline (shared/verdicts.js headlineOf: kind, sign, page title,
// likely original): by popup/early.js from the one the background stored in chrome.storage.session when it
// set the badge, before any module has loaded, and by popup.js from the full report. A classic script, so
// both reach it as globalThis.firsthandHeadline. Page-derived strings go in as text; links are http(s) only.
(() => {
  const { element, t } = globalThis.firsthandI18n;
  const $ = (id) => document.getElementById(id);
  const show = (id) => { $(id).hidden = false; };
  const isWebAddress = (url) => /^https?:\/\//i.test(url || '');

  // A title that links to its article when its address is a web address, plain text otherwise.
  function titleNode(title, url) {
    return isWebAddress(url) ? element('a', title, { href: url, target: '_blank', rel: 'noopener noreferrer' })
      : element('strong', title);
  }

  function siteAndDate(meta) {
    return [meta.site || meta.site_name || t('popup_unknown_site'), meta.date || t('popup_unknown_date')].join(' · ');
  }

  // The verdict card's colour, icon and label ({colour, icon}: shared/verdicts.js's style of a kind).
  function drawSign(style, label) {
    document.documentElement.style.setProperty('--verdict', style.colour);
    $('verdict-icon').textContent = style.icon;
    $('verdict-label').textContent = label;
  }

  function drawOriginal(original) {
    const title = original.title || original.url || original.site || original.label;
    $('original').append(titleNode(title, original.url), element('br'),
      element('span', siteAndDate(original), { class: 'muted' }));
    if (!original.known) $('original').append(element('br'), element('span', t('popup_original_credited'), { class: 'muted' }));
    show('original-section');
  }

  // The verdict card, the page's title above it and the likely original's card below it.
  function drawHeadline({ kind, colour, icon, title, original }) {
    document.body.dataset.verdict = kind;
    drawSign({ colour, icon }, `${t(`badge_${kind}`)} · ${t(`verdict_label_${kind}`)}`);
    $('verdict').textContent = t(`verdict_${kind}`);
    if (title) {
      $('page-title').append(element('span', t('popup_this_page'), { class: 'muted' }), ' ', element('span', title));
      show('page-title');
    }
    if (original) drawOriginal(original);
  }

  globalThis.firsthandHeadline = Object.freeze({ drawHeadline, drawSign, titleNode, siteAndDate, show });
})();
