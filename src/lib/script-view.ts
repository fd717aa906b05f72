// How the site turns a document's original script into each view. The conversion engine, its
// dictionaries and protected terms belong to src/lib/script/; this only chooses what a view needs:
//   hans original → hans view: as written (⟦…⟧ markers stripped)   → hant view: converted
//   hant original → hant view: known slips of its converter fixed  → hans view: fixed, then converted
import { correctTraditional, getConverter } from './script/index.ts';

import type { Script, Variant } from './format/script.ts';
export type { Script, Variant };

export type TextFn = (text: string) => string;

/** Fixes the known slips of a traditional original (for both of its views). */
export const fixTraditional: TextFn = (text) => correctTraditional(text).text;

/** Converts text written in `from` for the `to` view, honouring the document's protected terms. */
export function scriptConverter(from: Script, to: Script, variant: Variant = 'tw', protect: readonly string[] = []): TextFn {
  const converter = getConverter({ from, to, variant });
  const convert: TextFn = (t) => converter.convert(t, { protect: [...protect] });
  return from === 'hant' ? (t) => convert(fixTraditional(t)) : convert;
}

/** The converter for one document's strings (title, issuer, …) in a view. */
export function docConverter(doc: { script: Script; protect?: readonly string[] }, to: Script, variant: Variant = 'tw'): TextFn {
  return scriptConverter(doc.script, to, variant, doc.protect ?? []);
}

/** A document's type (决定, 实施方案, …) is a vocabulary word written in simplified by the converter,
 * whatever the document's own script, so it is converted from simplified for every view. */
export function typeConverter(to: Script, variant: Variant = 'tw'): TextFn {
  return scriptConverter('hans', to, variant);
}
