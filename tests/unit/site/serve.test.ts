// The static server: base path, directory index, redirects, 404 page, MIME types, no escape from root.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { get as httpGet } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchDir } from '../../lib/scratch-dir.ts';
import { startServer, type RunningServer } from '../../../scripts/serve/static-server.ts';
import { mimeType } from '../../../scripts/serve/mime.ts';

let server: RunningServer;
let root: string;

beforeAll(async () => {
  // The site sits one level down so a file beside it (the secret) is outside its root.
  root = join(scratchDir('wenyuan-serve-'), 'site');
  mkdirSync(root);
  mkdirSync(join(root, 'zh-hans', 'doc'), { recursive: true });
  mkdirSync(join(root, 'pagefind'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<p>home</p>');
  writeFileSync(join(root, '404.html'), '<p>not found page</p>');
  writeFileSync(join(root, 'zh-hans', 'doc', 'index.html'), '<p>doc</p>');
  writeFileSync(join(root, 'pagefind', 'zh-hans_abc.pf_meta'), Buffer.from([1, 2, 3]));
  writeFileSync(join(root, '..', 'wenyuan-secret.txt'), 'secret');
  server = await startServer({ root, port: 0, base: '/intranet/policy/' });
});
afterAll(() => server.close());

const at = (path: string) => fetch(`${new URL(server.url).origin}${path}`, { redirect: 'manual' });

describe('static server', () => {
  it('serves the site under its base path, directories from index.html', async () => {
    expect(await (await at('/intranet/policy/')).text()).toBe('<p>home</p>');
    const doc = await at('/intranet/policy/zh-hans/doc/');
    expect(doc.status).toBe(200);
    expect(doc.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });
  it('redirects a directory without its slash, and the bare base', async () => {
    const r = await at('/intranet/policy/zh-hans/doc');
    expect(r.status).toBe(301);
    expect(r.headers.get('location')).toBe('/intranet/policy/zh-hans/doc/');
    expect((await at('/intranet/policy')).headers.get('location')).toBe('/intranet/policy/');
  });
  it('answers 404 with the site 404 page, outside the base too', async () => {
    for (const path of ['/intranet/policy/nope/', '/zh-hans/doc/']) {
      const r = await at(path);
      expect(r.status).toBe(404);
      expect(await r.text()).toContain('not found page');
    }
  });
  it('never serves files outside its root', async () => {
    for (const path of ['/intranet/policy/../wenyuan-secret.txt', '/intranet/policy/%2e%2e/wenyuan-secret.txt', '/intranet/policy/..%2fwenyuan-secret.txt']) {
      const r = await at(path);
      expect(await r.text()).not.toContain('secret');
    }
    // fetch() normalises dot segments itself; send one raw.
    const { port } = new URL(server.url);
    const raw = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      httpGet({ host: '127.0.0.1', port, path: '/intranet/policy/../../wenyuan-secret.txt' }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      }).on('error', reject);
    });
    expect(raw.status).toBe(404);
    expect(raw.body).not.toContain('secret');
  });
  it('serves Pagefind files as opaque bytes without content-encoding', async () => {
    const r = await at('/intranet/policy/pagefind/zh-hans_abc.pf_meta');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/octet-stream');
    expect(r.headers.get('content-encoding')).toBeNull();
    expect([...new Uint8Array(await r.arrayBuffer())]).toEqual([1, 2, 3]);
  });
  it('knows the MIME types the site uses', () => {
    expect(mimeType('a/b.css')).toMatch(/^text\/css/);
    expect(mimeType('pagefind.js')).toMatch(/^text\/javascript/);
    expect(mimeType('wasm.zh.pagefind')).toBe('application/octet-stream');
    expect(mimeType('x.wasm')).toBe('application/wasm');
    expect(mimeType('pagefind-entry.json')).toMatch(/^application\/json/);
  });
  it('refuses methods other than GET and HEAD', async () => {
    const r = await fetch(`${server.url}`, { method: 'POST' });
    expect(r.status).toBe(405);
  });
});
