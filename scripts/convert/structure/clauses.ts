import { zhNumeral } from '../../../src/lib/format/markers.ts';
import { isTable } from '../table.ts';
import type { SectionNode } from '../types.ts';

// 款 (paragraphs of a law article) are addressable: in an article of two or more paragraphs each
// gets the id <article>-p<N> (art4-p2) and the citation 第N款. The paragraphs are the article's
// own body, then every paragraph after an item list (an item is one paragraph; what follows the
// items in the source, however deep the list, is the article's next 款). Taiwan texts call these 項 (see clauseWord).

const ITEM_BODY_START = (item: SectionNode) => (item.runIn ? 1 : 0);

/**
 * Body paragraphs of `article` that are its 款, in order, as [node, body index]. `apart`: paragraphs in
 * its body that are not its text (the document's list of annexes after its last article: 附件：1、… / 2、…).
 */
export function clausesOf(article: SectionNode, apart: ReadonlySet<string> = new Set()): [SectionNode, number][] {
  // A table in an article is part of the 款 before it, not a 款 of its own.
  const out: [SectionNode, number][] = [];
  article.body.forEach((p, i) => isTable(p) || apart.has(p) || out.push([article, i]));
  // items nest (七、設下列大隊： / （一）… （十一）…): the 款 after a nested list sits in its last item
  const items = (node: SectionNode) => {
    for (const item of node.children) {
      if (item.kind === 'article') continue;
      for (let i = ITEM_BODY_START(item); i < item.body.length; i++) if (!isTable(item.body[i]!)) out.push([item, i]);
      items(item);
    }
  };
  items(article);
  return out;
}

/** Number of 款 so far in an article (items opened now follow the last of them). */
export function clauseCount(article: SectionNode): number {
  return clausesOf(article).length;
}

export function addClauseAnchors(sections: readonly SectionNode[], word: string, apart: ReadonlySet<string> = new Set()): void {
  for (const s of sections) {
    if (s.kind === 'article') {
      const clauses = clausesOf(s, apart);
      if (clauses.length >= 2) {
        clauses.forEach(([node, index], k) => {
          (node.anchors ??= []).push({ index, id: `${s.id}-p${k + 1}`, cite: `第${zhNumeral(k + 1)}${word}` });
        });
      }
    }
    addClauseAnchors(s.children, word, apart);
  }
}

/** 款 in mainland law, 項 in Taiwan law (where 款 is an item): the text's own 前款/前項 decide. */
export function clauseWord(text: string): string {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  // a citation down the levels says which is which: 第一項第二款 (Taiwan: 項 above 款), 第一款第二项 (mainland)
  const taiwan = count(/[項项]第[一二三四五六七八九十]+款/g);
  const mainland = count(/款第[一二三四五六七八九十]+[項项]/g);
  if (taiwan !== mainland) return taiwan > mainland ? '項' : '款';
  return count(/前項|第[一二三四五六七八九十]+項/g) > count(/前款|第[一二三四五六七八九十]+款/g) ? '項' : '款';
}
