// Requests to a feed: only to the URL given, with no cookies (credentials: 'omit'), no referrer, no redirects
// (a redirect would reach a host the reader did not choose) and no HTTP cache (validators are sent by hand).
// The body is read in pieces and dropped past `maxBytes`; a server that sends nothing for IDLE_MS, or takes
// over TOTAL_MS, is given up on. Answers {status, bytes, etag, lastModified} or throws with the reason.
export const IDLE_MS = 10000;
const TOTAL_MS = 10 * 60 * 1000;

export async function fetchLimited(url, { maxBytes, headers = {} }) {
  const controller = new AbortController();
  let idle;
  let why = '';
  const stop = (reason) => { why = reason; controller.abort(); };
  const stillAlive = () => {
    clearTimeout(idle);
    idle = setTimeout(() => stop(`no answer from ${new URL(url).host} in ${IDLE_MS / 1000} s`), IDLE_MS);
  };
  const total = setTimeout(() => stop(`${url} took over ${TOTAL_MS / 60000} minutes`), TOTAL_MS);
  stillAlive();
  try {
    const response = await fetch(url, {
      headers, credentials: 'omit', referrerPolicy: 'no-referrer', redirect: 'error', cache: 'no-store',
      signal: controller.signal,
    });
    const answer = { status: response.status, etag: response.headers.get('etag') || '',
      lastModified: response.headers.get('last-modified') || '', bytes: new Uint8Array(0) };
    if (response.status === 304 || !response.ok) {
      response.body?.cancel().catch(() => {});
      return answer;
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) {
      response.body?.cancel().catch(() => {});
      throw new Error(`${url}: ${declared} bytes, more than the ${maxBytes} expected`);
    }
    const pieces = [];
    let received = 0;
    const reader = response.body.getReader();
    for (;;) {
      stillAlive();
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) {
        reader.cancel().catch(() => {});
        throw new Error(`${url}: more than the ${maxBytes} bytes expected`);
      }
      pieces.push(value);
    }
    answer.bytes = new Uint8Array(received);
    let offset = 0;
    for (const piece of pieces) {
      answer.bytes.set(piece, offset);
      offset += piece.byteLength;
    }
    return answer;
  } catch (error) {
    if (why) throw new Error(why);
    throw error.message?.startsWith(url) ? error : new Error(`${url}: ${error.message || error}`);
  } finally {
    clearTimeout(idle);
    clearTimeout(total);
  }
}
