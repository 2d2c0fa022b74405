// Real host names for the hostile-page suite: Chromium maps acme.zendesk.com, globex.zendesk.com
// and mail.google.com to this local https server (--host-resolver-rules, a throw-away self-signed
// certificate), which answers with the demo server's fixture pages. So the production adapters run on
// their own hosts, two Zendesk tenants are two origins, and nothing leaves the machine.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DemoServer } from './demo-server';

export interface HttpsFront {
  port: number;
  /** Chromium flags that send `hosts` to this server. */
  chromiumArgs(hosts: readonly string[]): string[];
  close(): Promise<void>;
}

/** `route(host, path)`: the demo path to answer with, and optionally a change to the HTML. */
export type FrontRoute = (host: string, path: string) => { path: string; html?: (html: string) => string };

export async function startHttpsFront(demo: DemoServer, route: FrontRoute): Promise<HttpsFront> {
  const dir = await mkdtemp(join(tmpdir(), 'ck-tls-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=ck-hostile-test'],
    { stdio: 'ignore' },
  );
  const server = createServer({ key: await readFile(key), cert: await readFile(cert) }, (req, res) => {
    const host = (req.headers.host ?? '').split(':')[0] ?? '';
    const target = route(host, (req.url ?? '/').split('#')[0] ?? '/');
    void fetch(demo.url(target.path)).then(
      async (answer) => {
        let body = Buffer.from(await answer.arrayBuffer());
        const type = answer.headers.get('content-type') ?? 'application/octet-stream';
        if (target.html && type.startsWith('text/html')) body = Buffer.from(target.html(body.toString('utf8')));
        res.writeHead(answer.status, { 'content-type': type, 'cache-control': 'no-store' });
        res.end(body);
      },
      (error: unknown) => {
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(String(error));
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    chromiumArgs: (hosts) => [
      `--host-resolver-rules=${hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(',')}`,
      '--ignore-certificate-errors',
    ],
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
