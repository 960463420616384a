// A pack feed served from a folder on 127.0.0.1, as a static web server would (ETag and Last-Modified,
// answering 304 to a matching If-None-Match / If-Modified-Since), that a test can turn hostile per path:
// `misbehave(path, mode)` with mode 'missing' (404), 'hang' (headers never sent), 'huge' (an endless body),
// or a Buffer served instead of the file ('wrong content'). Every request is recorded with its headers and
// the status answered.
// Every response sets a cookie, so a request that carried one back would show it.
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';

export async function startFeedServer(folder) {
  const requests = [];
  const modes = new Map();
  const open = new Set();
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    const record = { path: url.pathname, method: request.method, headers: { ...request.headers }, status: 0 };
    requests.push(record);
    response.on('finish', () => { record.status = response.statusCode; });
    const mode = modes.get(url.pathname);
    if (mode === 'hang') return;  // no headers, ever: the client must give up by itself
    response.setHeader('set-cookie', 'tracker=1; Path=/');
    if (mode === 'huge') {
      response.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => { while (response.write(chunk)); };
      response.on('drain', pump);
      pump();
      return;
    }
    const file = path.join(folder, path.normalize(url.pathname).replace(/^(\.\.[/\\])+/, ''));
    if (mode === 'missing' || (!Buffer.isBuffer(mode) && (!existsSync(file) || !statSync(file).isFile()))) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      return response.end('not found');
    }
    const body = Buffer.isBuffer(mode) ? mode : readFileSync(file);
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    const lastModified = Buffer.isBuffer(mode) ? new Date().toUTCString() : statSync(file).mtime.toUTCString();
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, { etag, 'last-modified': lastModified });
      return response.end();
    }
    response.writeHead(200, { etag, 'last-modified': lastModified, 'content-length': body.length,
      'content-type': file.endsWith('.json') ? 'application/json' : 'application/octet-stream' });
    response.end(body);
  });
  server.on('connection', (socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin, requests,
    misbehave: (pathname, mode) => (mode === undefined ? modes.delete(pathname) : modes.set(pathname, mode)),
    close: () => {
      for (const socket of open) socket.destroy();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}
