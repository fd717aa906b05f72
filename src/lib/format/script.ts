// The two scripts a document is written in or shown in, and the traditional variants the site can
// show. One declaration for converter and site (the frontmatter's `script` field uses it).
import { z } from 'zod';

export const scriptSchema = z.enum(['hans', 'hant']);
export type Script = z.infer<typeof scriptSchema>;

export const variantSchema = z.enum(['t', 'tw', 'hk']);
export type Variant = z.infer<typeof variantSchema>;
