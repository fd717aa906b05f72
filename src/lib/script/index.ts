// Interface stub (owned by the script-conversion work): keep this signature stable.
// Site and search call getConverter(); the implementation adds project dictionaries on top of opencc-js.
import * as OpenCC from 'opencc-js';

export type Script = 'hans' | 'hant';
export type Variant = 't' | 'tw' | 'hk';

export interface ConverterOptions {
  from: Script;
  to: Script;
  variant?: Variant; // traditional variant, default 'tw'
}

export interface Converter {
  convert(text: string): string;
}

const cache = new Map<string, Converter>();

/** Built once per process per (from, to, variant). */
export function getConverter({ from, to, variant = 'tw' }: ConverterOptions): Converter {
  const key = `${from}>${to}:${variant}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let converter: Converter;
  if (from === to) converter = { convert: (t) => t };
  else {
    const fn = from === 'hans' ? OpenCC.Converter({ from: 'cn', to: variant }) : OpenCC.Converter({ from: variant, to: 'cn' });
    converter = { convert: (t) => fn(t) };
  }
  cache.set(key, converter);
  return converter;
}
