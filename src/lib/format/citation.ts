// Citation paths: the markers of a block and its ancestors (format/attributes.ts `marker=`),
// joined the way they are read: GB/T 9704 markers run together (二、（三）4.), law levels and
// words are spaced (第四编 第一章 第一千零一十五条 第二款), and a decimal number replaces its
// parent's (1.2.1, not 1 1.2 1.2.1).

/** A law level (第一章, 第二款, 第三十条之一) is spaced from what it follows and precedes, an annex (附件一) from what follows. */
const LAW_LEVEL = /^第[^，,、：:]*[编編章节節条條款項项]/;
const LAW_END = /[编編章节節条條款項项](之[一二三四五六七八九十]+)?$|(^| )附[件表][一二三四五六七八九十0-9]*$/;

/** Appends `marker` to `path`. */
export function extendPath(path: string, marker: string): string {
  if (!marker) return path;
  if (!path) return marker;
  const lastSpace = path.lastIndexOf(' ');
  const last = path.slice(lastSpace + 1);
  if (/^[0-9]/.test(marker) && marker.startsWith(`${last}.`)) return path.slice(0, lastSpace + 1) + marker;
  return LAW_LEVEL.test(marker) || LAW_END.test(path) ? `${path} ${marker}` : path + marker;
}

/** The article (or other block) a 款 id belongs to: art4-p2 → art4; null for other ids. */
export function clauseParentId(id: string): string | null {
  const m = /^(.+)-p\d+$/.exec(id);
  return m ? m[1]! : null;
}
