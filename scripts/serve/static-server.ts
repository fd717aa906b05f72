// A small static file server for the built site: loopback only, under a base path, directory
// URLs served from index.html, the site's own 404.html for anything missing.
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join, normalize, resolve, sep } from 'node:path';
import { mimeType } from './mime.ts';

export interface ServeOptions {
  root: string;
  port: number;
  /** Base path the site was built for, e.g. /intranet/policy/. Default '/'. */
  base?: string;
  host?: string;
  /** Cache-Control of files (default no-cache; the bench measures repeat queries with a cacheable host). */
  cacheControl?: string;
  /** Called once per request (for logging). */
  onRequest?: (method: string, url: string, status: number) => void;
}

export interface RunningServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

function normaliseBase(base: string): string {
  let b = base.startsWith('/') ? base : `/${base}`;
  if (!b.endsWith('/')) b += '/';
  return b;
}

/** Maps a URL path to a file under root, or null when it escapes root. */
function resolveFile(root: string, relative: string): string | null {
  const path = resolve(root, `.${sep}${normalize(relative)}`);
  return path === root || path.startsWith(root + sep) ? path : null;
}

export function startServer(options: ServeOptions): Promise<RunningServer> {
  const root = resolve(options.root);
  const base = normaliseBase(options.base ?? '/');
  const host = options.host ?? '127.0.0.1';
  if (!existsSync(root)) throw new Error(`serve: ${root} does not exist; build the site first (npm run build)`);

  const server = createServer((req, res) => {
    const method = req.method ?? 'GET';
    const send = (status: number, file: string | null, headers: Record<string, string> = {}) => {
      options.onRequest?.(method, req.url ?? '', status);
      if (!file) {
        res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
        res.end(status === 404 ? 'Not found\n' : '');
        return;
      }
      res.writeHead(status, { 'content-type': mimeType(file), 'content-length': String(statSync(file).size), 'cache-control': options.cacheControl ?? 'no-cache', ...headers });
      if (method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    };
    const notFound = () => {
      const page = join(root, '404.html');
      send(404, existsSync(page) ? page : null);
    };

    if (method !== 'GET' && method !== 'HEAD') return send(405, null, { allow: 'GET, HEAD' });
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return send(400, null);
    }
    if (pathname === base.slice(0, -1)) return send(301, null, { location: base });
    if (!pathname.startsWith(base)) return notFound();
    const file = resolveFile(root, pathname.slice(base.length));
    if (!file || !existsSync(file)) return notFound();
    if (statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) return send(301, null, { location: `${pathname}/` });
      const index = join(file, 'index.html');
      return existsSync(index) ? send(200, index) : notFound();
    }
    send(200, file);
  });

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      resolvePromise({
        server,
        url: `http://${host}:${port}${base}`,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}
