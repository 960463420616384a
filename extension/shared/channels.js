// Names of the message channels between the content script, the popup, the options page and the background.
// (The classic scripts, content.js and popup/early.js, spell their channel names out;
// they are listed here too.)
export const Channel = Object.freeze({
  PAGE_ANALYZE: 'page:analyze',      // content -> background port: first gets {go: true} (or the site_paused answer), then sends {field, piece | bytes}..., {end, url, remember, stamp, timing}; answers {ok, coreMs, firstPieceAt, receivedAt, repliedAt}
  PAGE_TIMING: 'page:timing',        // content -> background: {timing: {checkMs, walkMs, stepsMs, postMs, mainThreadMs, gatherMs, totalMs, firstPieceMs, sendMs, replyMs, pageChars}}
  PAGE_COLLECT: 'page:collect',      // background -> content (article pages only): send the page again over page:analyze; answers that port's answer
  PAGE_STAMP: 'page:stamp',          // background -> content: answers {ok, stamp}, the page's change stamp
  POPUP_REPORT: 'popup:report',      // popup -> background: {tabId}; answers the tab's report
  POPUP_REFRESH: 'popup:refresh',    // popup -> background: {tabId}; collects the page again if it changed since its report; answers {ok, changed}
  PACKS_CHANGED: 'options:packs-changed',    // options -> background: reload packs from storage
  HISTORY_CLEAR: 'options:history-clear',    // options -> background: forget every history article
  HISTORY_LIST: 'options:history-list',      // options -> background: answers {ok, articles: [{id, title, site, url, date}]}
  HISTORY_REMOVE: 'options:history-remove',  // options -> background: {id}; forget one history article
  ENGINE_STATS: 'options:stats',             // options -> background: answers article counts
  FEED_SUBSCRIBE: 'options:feed-subscribe',  // options -> background: {url}; answers {ok, subscription} or {ok: false, error}
  FEED_UPDATE: 'options:feed-update',        // options -> background: {url}; answers {ok, subscription}
  FEED_REMOVE: 'options:feed-remove',        // options -> background: {url}; answers {ok}
});
