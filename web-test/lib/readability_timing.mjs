// Readability.js's parse() timed on a page in the browser, the peer printed beside the extension's own times:
// the script is added from the test server, then parse() runs on five clones of the document (cloning is not
// timed); the answer is the median, in milliseconds.
export async function readabilityParseMs(page, origin) {
  await page.addScriptTag({ url: `${origin}/readability.js` });
  return page.evaluate(() => {
    const runs = [];
    for (let i = 0; i < 5; ++i) {
      const clone = document.cloneNode(true);
      const start = performance.now();
      new Readability(clone).parse();
      runs.push(performance.now() - start);
    }
    return runs.sort((a, b) => a - b)[2];
  });
}
