// Whether a line starts something new: a heading marker (第三条, （二）, 一、) or a new item (——, a
// date note), not an article cited in running text (第十二条的规定). Shared by the wrap rule and the
// wrap odds, which count only the paragraph ends a wrap could be mistaken for.
import { CITED_MARKER, STARTS_NEW } from '../data/wrap.ts';
import { startsWithHeadingMarker } from '../../../src/lib/format/markers.ts';

export function startsNew(next: string): boolean {
  return (startsWithHeadingMarker(next) || STARTS_NEW.test(next)) && !CITED_MARKER.test(next);
}
