import { clean } from './clean/index.ts';
import { checkConservation } from './conservation.ts';
import { loadCorrections } from './corrections.ts';
import { decode } from './decode.ts';
import type { Stages } from './pipeline.ts';

// The decode and clean stages as the pipeline uses them: corrections for a raw file are loaded
// from content/corrections/ under `root`.

export function loadStages(root: string): Stages {
  return {
    decode,
    clean: (d) => clean(d, loadCorrections(d.file, root)),
    checkConservation,
  };
}
