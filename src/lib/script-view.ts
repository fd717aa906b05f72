// How the site turns a document's original script into each view. The conversion engine and its
// dictionaries belong to src/lib/script/; this only chooses which converter a view needs.
import * as script from './script/index.ts';

export type Script = 'hans' | 'hant';
export type Variant = 't' | 'tw' | 'hk';

type TextFn = (text: string) => string;

// Optional hook from src/lib/script/: normalises a traditional original for the traditional view.
const correctTraditional = (script as Record<string, unknown>).correctTraditional as TextFn | undefined;

/** A function converting text written in `from` into the `to` view. */
export function scriptConverter(from: Script, to: Script, variant: Variant = 'tw'): TextFn {
  if (from === to) return from === 'hant' && correctTraditional ? correctTraditional : (t) => t;
  const converter = script.getConverter({ from, to, variant });
  return (t) => converter.convert(t);
}
