// A tiny static server for the editor pages, on 127.0.0.1 with a random port. The "panel" page
// is served to http://localhost:PORT, a different origin, like the extension's panel iframe.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_TYPES } from '../../support/content-types';

export interface PageServer {
  origin: string;
  /** The same server under another host name, i.e. another origin. */
  otherOrigin: string;
  close(): Promise<void>;
}

/**
 * `pages`: path → HTML; `files`: path → file on disk; `mounts`: path prefix → directory.
 */
export async function startPageServer(opts: {
  pages: Record<string, string>;
  files: Record<string, string>;
  mounts: Record<string, string>;
}): Promise<PageServer> {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    const page = opts.pages[path];
    if (page !== undefined) return send(200, CONTENT_TYPES['.html']!, page);
    let file = opts.files[path];
    if (!file) {
      for (const [prefix, dir] of Object.entries(opts.mounts)) {
        if (!path.startsWith(prefix)) continue;
        const candidate = normalize(join(dir, path.slice(prefix.length)));
        if (candidate.startsWith(dir + sep)) file = candidate;
      }
    }
    if (!file) return send(404, 'text/plain', 'Not found');
    try {
      send(200, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
    } catch {
      send(404, 'text/plain', 'Not found');
    }
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('page server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    otherOrigin: `http://localhost:${address.port}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
