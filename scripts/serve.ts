// npm run serve [-- --port N] [--quiet] [--root dist] [--base /intranet/policy/]
// Serves the built site on 127.0.0.1 only. The base path defaults to WENYUAN_BASE (as the build).
import { startServer } from './serve/static-server.ts';
import { envValue } from '../src/lib/config/env-vars.ts';

function parseArgs(argv: string[]) {
  const opts = { port: 4321, quiet: false, root: envValue(process.env, 'WENYUAN_OUT_DIR')!, base: envValue(process.env, 'WENYUAN_BASE')! };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`serve: ${arg} needs a value`);
      return v;
    };
    if (arg === '--port') opts.port = Number(value());
    else if (arg === '--quiet') opts.quiet = true;
    else if (arg === '--root') opts.root = value();
    else if (arg === '--base') opts.base = value();
    else throw new Error(`serve: unknown option ${arg} (use --port N, --quiet, --root DIR, --base /path/)`);
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) throw new Error(`serve: --port must be 0–65535`);
  return opts;
}

try {
  const opts = parseArgs(process.argv.slice(2));
  const running = await startServer({
    root: opts.root,
    port: opts.port,
    base: opts.base,
    onRequest: opts.quiet ? undefined : (method, url, status) => console.log(`${status} ${method} ${url}`),
  });
  if (!opts.quiet) console.log(`Wenyuan: serving ${opts.root}/ at ${running.url} (Ctrl-C to stop)`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void running.close().then(() => process.exit(0)));
} catch (e) {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'EADDRINUSE') console.error(`serve: port ${(err as { port?: number }).port ?? ''} is already in use (another npm run serve or npm start?). Stop it, or choose another port: npm run serve -- --port 8080`);
  else console.error(err.message);
  process.exit(1);
}
