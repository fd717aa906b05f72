// Script conversion for Wenyuan: the one module the site build and search use.
// getConverter() wraps opencc-js with word-boundary-aware segmentation, the project dictionaries
// (src/lib/script/dict/) and protected spans. Browser-safe: no node: imports, dictionaries are JSON.
import { buildEngine, type Engine } from './engine';
import { stripMarkers } from './protect';
import type { Converter, ConverterOptions, Direction, Script, Variant } from './types';

export type { Converter, ConverterOptions, ConvertOptions, Decision, Direction, Piece, Script, Variant } from './types';
export { correctTraditional, type TraditionalFix } from './correct-traditional';
export { OPEN as PROTECT_OPEN, CLOSE as PROTECT_CLOSE, splitMarked, stripMarkers } from './protect';

const engines = new Map<string, Engine>();
const converters = new Map<string, Converter>();

function directionOf(from: Script, to: Script): Direction {
  return from === 'hans' ? 's2t' : 't2s';
}

/** The engine for one direction and variant, built once per process. */
export function getEngine(direction: Direction, variant: Variant = 'tw'): Engine {
  const key = `${direction}:${variant}`;
  let engine = engines.get(key);
  if (!engine) {
    engine = buildEngine(direction, variant);
    engines.set(key, engine);
  }
  return engine;
}

/**
 * Converter between scripts, built once per process per (from, to, variant). `variant` names the
 * traditional side (t = OpenCC standard, tw = Taiwan, hk = Hong Kong), default tw. from === to only
 * strips ⟦…⟧ markers.
 */
export function getConverter({ from, to, variant = 'tw' }: ConverterOptions): Converter {
  if (!['hans', 'hant'].includes(from) || !['hans', 'hant'].includes(to)) {
    throw new Error(`getConverter: from/to must be 'hans' or 'hant' (got ${from} → ${to})`);
  }
  if (!['t', 'tw', 'hk'].includes(variant)) throw new Error(`getConverter: variant must be t, tw or hk (got ${variant})`);
  const key = `${from}>${to}:${variant}`;
  let converter = converters.get(key);
  if (!converter) {
    if (from === to) converter = { convert: (text) => stripMarkers(text) };
    else {
      const engine = getEngine(directionOf(from, to), variant);
      // The same paragraph is often converted more than once per build (reading view, compare view,
      // search): remember recent results. Bounded, and keyed by the protected terms too.
      const recent = new Map<string, string>();
      converter = {
        convert(text, options) {
          const key = options?.protect?.length ? `${options.protect.join('\u0000')}\u0001${text}` : text;
          const hit = recent.get(key);
          if (hit !== undefined) return hit;
          const out = engine.convert(text, options?.protect);
          if (recent.size >= 4096) recent.delete(recent.keys().next().value!);
          recent.set(key, out);
          return out;
        },
      };
    }
    converters.set(key, converter);
  }
  return converter;
}

/**
 * Pure helper for strings outside the Markdown tree (frontmatter title, issuer): converts with
 * protected terms honoured and ⟦…⟧ markers stripped in every script.
 */
export function convertString(
  text: string,
  options: ConverterOptions & { protect?: readonly string[] },
): string {
  return getConverter(options).convert(text, { protect: options.protect });
}
