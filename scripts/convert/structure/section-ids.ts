import { markerDef, type MarkerMatch } from '../../../src/lib/format/markers.ts';
import type { SectionNode } from '../types.ts';

// Ids of sections (the forms are listed in scripts/convert/README.md). Law levels stand alone or
// extend the law level above them: pt4, pt4-sub1, pt4-ch2 (chapter numbers restart in every 编),
// pt4-ch2-sec1, art1015 (articles are numbered through the whole law), art30a1 (第三十条之一), ch9a1
// (第九章之一, a chapter inserted by an amendment; parts and sections likewise);
// decimal numbering spells its path (d1-2-1); other levels extend their parent's id (s1-2, art4-1).

export interface OpenSection {
  node: SectionNode;
  kind: MarkerMatch['kind'] | 'label';
}

export function sectionId(m: MarkerMatch, stack: readonly OpenSection[]): string {
  const above = (kinds: readonly string[]) => [...stack].reverse().find((o) => kinds.includes(o.kind));
  switch (m.kind) {
    case 'part':
      return `pt${m.number}${inserted(m)}`;
    case 'subpart':
      return under(above(['part']), `sub${m.number}${inserted(m)}`);
    case 'chapter':
      return under(above(['subpart', 'part']), `ch${m.number}${inserted(m)}`);
    case 'section':
      return under(above(['chapter']), `sec${m.number}${inserted(m)}`);
    case 'article':
      return `art${m.number}${inserted(m)}`;
    case 'decimal':
      return `d${(m.path ?? [m.number]).join('-')}`;
  }
  const parent = stack[stack.length - 1];
  const segment = `${markerDef(m.kind).segment ?? ''}${m.number}`;
  return parent ? `${parent.node.id}-${segment}` : m.kind === 'zh-ordinal' ? segment : `s${segment}`;
}

/** An inserted level's own number: 第三十条之一 → a1 (art30a1), 第九章之一 → ch9a1. */
const inserted = (m: MarkerMatch) => (m.sub ? `a${m.sub}` : '');

function under(parent: OpenSection | undefined, segment: string): string {
  return parent ? `${parent.node.id}-${segment}` : segment;
}
