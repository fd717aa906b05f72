import { runConvert } from './cli-run.ts';

// Entry point of `npm run convert` (see cli-run.ts for the options).
runConvert({ argv: process.argv.slice(2), root: process.cwd() }).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`convert: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  },
);
