// Serves the bundled demo host pages on 127.0.0.1 (used by `npm start` and the end-to-end tests).
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_TYPES } from './content-types';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DEMO_PAGES_DIR = join(PROJECT_ROOT, 'tests/demo/pages');
/** The host fixtures double as demo pages (issue: "fixture pages … for unit tests and for the demo"). */
export const HOST_FIXTURES_DIR = join(PROJECT_ROOT, 'tests/fixtures/hosts');
const DEMO_STYLESHEET = '<link rel="stylesheet" href="/demo.css">';
/**
 * Demo addresses shaped like the hosts' own URLs, for adapters that read the conversation id from
 * the URL (Freshdesk's /a/tickets/N, Intercom's /conversation/N, Zendesk's /agent/tickets/N).
 */
export const DEMO_ROUTES: Record<string, string> = {
  '/zendesk/agent/tickets/4182': 'zendesk/agent-workspace-2025-06.html',
  '/freshdesk/a/tickets/30817': 'freshdesk/ticket-2025-04.html',
  '/intercom/a/inbox/demo/inbox/conversation/215467880012345': 'intercom/inbox-2025-08.html',
  // Help Scout keys a conversation by the id in /conversation/<id>/<number>/: served there, the
  // demo shows what the live site does (not a key from the tab title).
  '/helpscout/conversation/2801456677/9130': 'helpscout/react-2025-10.html',
  '/helpscout/conversation/2189034512/4471': 'helpscout/classic-redactor-2023-02.html',
  '/helpscout/conversation/2950112233/10412': 'helpscout/evidenced-2024-09.html',
};

/** Hosts whose demo page gets its real editor library (tests/demo/editors/<host>.ts). */
export const DEMO_EDITOR_HOSTS = ['zendesk', 'intercom', 'outlook'] as const;

/** Fixture pages are bare markup; the demo gives them a readable look without changing their DOM. */
export function withDemoStyles(html: string): string {
  return html.includes('</head>') ? html.replace('</head>', `${DEMO_STYLESHEET}</head>`) : DEMO_STYLESHEET + html;
}

/** Adds the real editor to a host's demo page (the fixture itself stays static for unit tests). */
export function withDemoEditor(html: string, host: string): string {
  const tag = `<script src="/demo-editors/${host}.js"></script>`;
  return html.includes('</body>') ? html.replace('</body>', `${tag}</body>`) : html + tag;
}

export interface DemoServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** Maps a request path to a file under one of the roots, refusing anything that climbs out of it. */
export function resolveDemoFile(roots: string[], urlPath: string): string | null {
  let path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  if (path.endsWith('/')) path += 'index.html';
  if (!extname(path)) path += '.html';
  for (const root of roots) {
    const file = normalize(join(root, path));
    if (file.startsWith(root + sep)) return file;
  }
  return null;
}

async function bundleDemoEditors(): Promise<Map<string, string>> {
  // Bundled with the editor tests' esbuild helper, cached in node_modules/.cache between runs.
  const { bundle } = await import('../editors/harness/bundle');
  const out = new Map<string, string>();
  for (const host of DEMO_EDITOR_HOSTS) {
    out.set(`/demo-editors/${host}.js`, await bundle({ name: `demo-${host}`, entry: `tests/demo/editors/${host}.ts` }));
  }
  return out;
}

export async function startDemoServer(opts: { port?: number; host?: string; roots?: string[] } = {}): Promise<DemoServer> {
  const roots = opts.roots ?? [DEMO_PAGES_DIR, HOST_FIXTURES_DIR];
  const editorBundles = await bundleDemoEditors();
  const server: Server = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const bundled = editorBundles.get(path);
    if (bundled) {
      res.writeHead(200, { 'content-type': CONTENT_TYPES['.js']!, 'cache-control': 'no-store' });
      res.end(await readFile(bundled));
      return;
    }
    const routed = DEMO_ROUTES[path];
    for (const root of roots) {
      const file = routed ? (root === HOST_FIXTURES_DIR ? join(root, routed) : null) : resolveDemoFile([root], req.url ?? '/');
      if (!file) continue;
      try {
        if (!(await stat(file)).isFile()) continue;
        res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
        const body = await readFile(file);
        if (root === HOST_FIXTURES_DIR && file.endsWith('.html')) {
          const host = relative(HOST_FIXTURES_DIR, file).split(sep)[0] ?? '';
          let html = withDemoStyles(body.toString('utf8'));
          if ((DEMO_EDITOR_HOSTS as readonly string[]).includes(host)) html = withDemoEditor(html, host);
          res.end(html);
        } else {
          res.end(body);
        }
        return;
      } catch {
        // not under this root: try the next one
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('Not found');
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => ok());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('demo server has no port');
  const origin = `http://${opts.host ?? '127.0.0.1'}:${address.port}`;
  return {
    origin,
    url: (path) => origin + (path.startsWith('/') ? path : `/${path}`),
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        // A browser keeps idle keep-alive connections open, and close() would wait for them.
        server.closeAllConnections();
      }),
  };
}
