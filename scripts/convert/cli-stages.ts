import type { Stages } from './pipeline.ts';
import type { Cleaned, Decoded } from './types.ts';

// Decode, clean and the conservation check come from the clean stage's modules. Until the
// cleaner exists this falls back to UTF-8 decoding and an identity clean, so the rest of the
// pipeline can run; the summary says which one was used.

export interface LoadedStages {
  stages: Stages;
  cleaner: 'clean' | 'identity (cleaner not available)';
  loadCorrections: (file: string, root: string) => unknown[];
}

const identity: Stages = {
  decode(file: string, bytes: Uint8Array): Decoded {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/\r\n?/g, '\n');
    return { file, encoding: 'utf-8', text, lineEnds: 'lf' };
  },
  clean(decoded: Decoded): Cleaned {
    return { file: decoded.file, text: decoded.text, removals: [], warnings: [], toSource: (o) => o };
  },
  checkConservation() {},
};

export async function loadStages(root: string): Promise<LoadedStages> {
  try {
    const [{ decode }, { clean }, { checkConservation }, { loadCorrections }] = await Promise.all([
      import('./decode.ts'),
      import('./clean/index.ts' as string) as Promise<{ clean: (d: Decoded, c: unknown[]) => Cleaned }>,
      import('./conservation.ts'),
      import('./corrections.ts'),
    ]);
    return {
      cleaner: 'clean',
      loadCorrections: (file) => loadCorrections(file, root),
      stages: {
        decode,
        clean: (d) => clean(d, loadCorrections(d.file, root)),
        checkConservation,
      },
    };
  } catch (err) {
    if ((err as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw err;
    return { cleaner: 'identity (cleaner not available)', stages: identity, loadCorrections: () => [] };
  }
}
