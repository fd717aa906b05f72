import { z } from 'zod';

// Conversion report written by the converter (content/report/<raw file>.json).
// The site renders whatever is there, so only the shape it relies on is checked; extra fields pass.

const row = z.record(z.string(), z.unknown());

export const reportSchema = z
  .object({
    file: z.string().optional(),
    removals: z.array(row).optional(),
    warnings: z.array(z.union([row, z.string()])).optional(),
    documents: z.array(z.union([row, z.string()])).optional(),
  })
  .loose();

export type Report = z.infer<typeof reportSchema>;
