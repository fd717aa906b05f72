// zod schemas of the dictionary data files. Tests validate every file with these; the runtime
// imports the JSON directly (no zod in the browser bundle) and trusts it.
import { z } from 'zod';

const reason = z.string().min(4, 'every entry needs a one-line reason');

/** A phrase fix: simplified `s`, OpenCC-standard traditional `t`, optional regional overrides. */
export const phraseEntry = z
  .object({
    s: z.string().min(1),
    t: z.string().min(1),
    tw: z.string().min(1).optional(),
    hk: z.string().min(1).optional(),
    /** Default both: s→t uses s as key, t→s uses every traditional form as key. */
    dir: z.enum(['s2t', 't2s']).optional(),
    reason,
  })
  .strict();

export const phraseFile = z.object({ description: z.string(), entries: z.array(phraseEntry).min(1) }).strict();

export const protectedFile = z
  .object({ description: z.string(), entries: z.array(z.object({ term: z.string().min(1), reason }).strict()) })
  .strict();

/** A slip of the converter that produced a traditional original: `wrong` → `right`. */
export const slipFile = z
  .object({
    description: z.string(),
    entries: z.array(z.object({ wrong: z.string().min(1), right: z.string().min(1), reason }).strict()).min(1),
  })
  .strict();

/** Ambiguity review: words (as segmented in context) whose stock conversion was checked and found right. */
export const reviewedFile = z
  .object({
    description: z.string(),
    characters: z.object({ s2t: z.array(z.string().length(1)), t2s: z.array(z.string().length(1)) }).strict(),
    entries: z.array(z.object({ s: z.string().min(1), t: z.string().min(1), note: z.string().optional() }).strict()),
  })
  .strict();

export type PhraseEntry = z.infer<typeof phraseEntry>;
export type PhraseFile = z.infer<typeof phraseFile>;
export type ProtectedFile = z.infer<typeof protectedFile>;
export type SlipFile = z.infer<typeof slipFile>;
export type ReviewedFile = z.infer<typeof reviewedFile>;

/** One-to-many characters: the forms a character may become in the other script, with what each means. */
const oneToManyEntry = z.object({ char: z.string().length(1), forms: z.array(z.string().length(1)).min(1), reason }).strict();
export const oneToManyFile = z.object({ description: z.string(), s2t: z.array(oneToManyEntry), t2s: z.array(oneToManyEntry) }).strict();
export type OneToManyFile = z.infer<typeof oneToManyFile>;
