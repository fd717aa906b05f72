// The project dictionaries, in priority order (earlier files win on the same key).
// Adding a file here is how a new group of fixes joins the conversion.
import governance from './governance.json';
import segmenterOverrides from './segmenter-overrides.json';
import protectedTerms from './protected.json';
import traditionalSlips from './traditional-slips.json';
import reviewed from './reviewed.json';
import oneToMany from './one-to-many.json';
import type { OneToManyFile, PhraseFile, ProtectedFile, ReviewedFile, SlipFile } from './schema';

export const phraseFiles: Record<string, PhraseFile> = {
  governance: governance as PhraseFile,
  'segmenter-overrides': segmenterOverrides as PhraseFile,
};
export const protectedFile = protectedTerms as ProtectedFile;
export const slipFile = traditionalSlips as SlipFile;
export const reviewedFile = reviewed as ReviewedFile;
export const oneToManyFile = oneToMany as OneToManyFile;
