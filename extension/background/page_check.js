// What the article check answered in a tab, read without a message to the page: content.js leaves it in the
// content scripts' world (globalThis.firsthandPageCheck, {article}), and chrome.scripting.executeScript reads it
// there (the isolated world is the content scripts'). The page then needs no listener where the check turned
// it down. The activeTab permission lets the extension do it on the tab the reader opened the popup on.
// Resolves to null where no script may run (browser and store pages, PDFs) or no content script ran.
export async function pageCheck(tabId) {
  try {
    const [frame] = await chrome.scripting.executeScript({ target: { tabId }, func: () => globalThis.firsthandPageCheck ?? null });
    return frame?.result ?? null;
  } catch {
    return null;
  }
}
