// One collection over the corpus directory; frontmatter is validated by the zod schema, so a bad
// file fails the build with its path. Bodies are kept: pages render each document once per script.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { config } from './lib/config.ts';
import { docSchema } from './schemas/doc.ts';

const docs = defineCollection({
  loader: glob({ pattern: '*.md', base: config.corpusDir, generateId: ({ data, entry }) => String(data.slug ?? entry.replace(/\.md$/, '')) }),
  schema: docSchema,
});

export const collections = { docs };
