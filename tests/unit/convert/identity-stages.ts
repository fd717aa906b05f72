import type { Stages } from '../../../scripts/convert/pipeline.ts';

// Stages for testing split → structure → emit alone: the input is already clean text.
export const identityStages: Stages = {
  decode: (file, bytes) => ({ file, encoding: 'utf-8', text: new TextDecoder().decode(bytes), lineEnds: 'lf' }),
  clean: (d) => ({ file: d.file, text: d.text, removals: [], warnings: [], toSource: (o) => o }),
  checkConservation: () => {},
};
