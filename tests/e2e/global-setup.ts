import { buildBaseSite } from './lib/base-build.ts';

export default function globalSetup(): void {
  buildBaseSite();
}
