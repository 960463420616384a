// Names of the message channels between the content script, the popup, the options page and the background.
// (content.js and wake.js are classic scripts and spell their channel names out; they are listed here too.)
export const Channel = Object.freeze({
  ENGINE_WAKE: 'engine:wake',        // wake -> background: a page is loading, get the core ready; answers {ok}
  PAGE_ANALYZE: 'page:analyze',      // content -> background port: {field, piece}..., {end, url, remember, timing}; answers {ok, coreMs, firstPieceAt, receivedAt, repliedAt}
  PAGE_TIMING: 'page:timing',        // content -> background: {timing: {walkMs, postMs, totalMs, firstPieceMs, sendMs, replyMs, pageChars}}
  PAGE_COLLECT: 'page:collect',      // background -> content: send the page again over page:analyze; answers that port's answer
  POPUP_REPORT: 'popup:report',      // popup -> background: {tabId}; answers the tab's report
  PACKS_CHANGED: 'options:packs-changed',    // options -> background: reload packs from storage
  HISTORY_CLEAR: 'options:history-clear',    // options -> background: forget every history article
  HISTORY_LIST: 'options:history-list',      // options -> background: answers {ok, articles: [{id, title, site, url, date}]}
  HISTORY_REMOVE: 'options:history-remove',  // options -> background: {id}; forget one history article
  ENGINE_STATS: 'options:stats',             // options -> background: answers article counts
  FEED_SUBSCRIBE: 'options:feed-subscribe',  // options -> background: {url}; answers {ok, subscription} or {ok: false, error}
  FEED_UPDATE: 'options:feed-update',        // options -> background: {url}; answers {ok, subscription}
  FEED_REMOVE: 'options:feed-remove',        // options -> background: {url}; answers {ok}
});
