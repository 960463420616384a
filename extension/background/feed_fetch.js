// Requests to a feed: only to the URL given, with no cookies (credentials: 'omit'), no referrer, no redirects
// (a redirect would reach a host the reader did not choose) and no HTTP cache (validators are sent by hand).
// The body is read in pieces and dropped past `maxBytes`; a server that sends nothing for IDLE_MS, or takes
// over TOTAL_MS, is given up on. Answers {status, bytes, etag, lastModified} or throws a FeedError:
// no_answer, too_large or unreachable (the network failed, or the server redirected), each naming the host.
import { FeedError, feedError } from './feed_verify.js';

export const IDLE_MS = 10000;
const TOTAL_MS = 10 * 60 * 1000;

export async function fetchLimited(url, { maxBytes, headers = {} }) {
  const { host } = new URL(url);
  const controller = new AbortController();
  let idle;
  let gaveUp = false;
  const stop = () => { gaveUp = true; controller.abort(); };
  const stillAlive = () => {
    clearTimeout(idle);
    idle = setTimeout(stop, IDLE_MS);
  };
  const total = setTimeout(stop, TOTAL_MS);
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
      throw feedError('too_large', host);
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
        throw feedError('too_large', host);
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
    if (gaveUp) throw feedError('no_answer', host);
    throw error instanceof FeedError ? error : feedError('unreachable', host);
  } finally {
    clearTimeout(idle);
    clearTimeout(total);
  }
}
