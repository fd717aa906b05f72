// Frontmatter of one converted document: the schema lives in the shared format module, which the
// converter uses too (one declaration of the contract). Kept here for the site's imports.
export { frontmatterSchema as docSchema, sourceSchema, type Frontmatter as DocMeta } from '../lib/format/frontmatter.ts';
