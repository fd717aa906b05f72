// The page around the document in a browser copy, found by position rather than by words: the
// site's head above the breadcrumb trail, and navigation menus a browser copies one link a line
// at either edge of the copy. An unknown site's furniture is caught here without a pattern for it.
import { NAV_LINK_WORDS, NAV_RUN, SITE_SECTION_WORDS } from '../data/furniture.ts';
import { isIssuerLine, isTitleLike } from '../structure/head-patterns.ts';
import { isDateLine } from '../structure/date.ts';
import { docNumberLine } from '../structure/doc-number.ts';

const ANCHORS = new Set([...SITE_SECTION_WORDS, ...NAV_LINK_WORDS]);

/**
 * What a line is in a menu: 'item' (a short link, bullet aside), 'long' (a longer link, 国家国防科技工业局:
 * continues a run, does not make one), or null (not a link: punctuated, or a title above the body).
 */
function navLine(t: string, top: boolean): 'item' | 'long' | null {
  const item = t.replace(NAV_RUN.bullet, '');
  // a date ends a menu: the signature's date under a joint document's issuers (教育部 / 财政部 / 2023年6月1日)
  if (item.length === 0 || item.length > NAV_RUN.maxLong || NAV_RUN.punctuation.test(item) || isDateLine(item) || (top && isTitleLike(item))) return null;
  return item.length <= NAV_RUN.maxItem ? 'item' : 'long';
}

/**
 * Index of the breadcrumb trail above the document (before its first line of body text), or -1:
 * a government page prints it right above the article, so every line above it is the site's head
 * (banner, search box, language and accessibility links, menus), whatever the site calls them.
 */
export function breadcrumbAbove(texts: readonly string[], firstBody: number, isBreadcrumb: (t: string) => boolean): number {
  for (let i = 0; i < firstBody; i++) if (texts[i] !== '' && isBreadcrumb(texts[i]!)) return i;
  return -1;
}

/**
 * Whether a line above the breadcrumb is the document's own head after all (a copy that put the trail
 * under the title): a title, an issuer line over a title, a 发文字号 or a date line stays.
 */
export function documentHeadLine(texts: readonly string[], i: number, crumb: number): boolean {
  const t = texts[i]!;
  if (isTitleLike(t) || docNumberLine(t) !== null || isDateLine(t)) return true;
  const next = texts.slice(i + 1, crumb).filter((x) => x !== ''); // its title above the trail too
  return isIssuerLine(t) && next.length > 0 && (isTitleLike(next[0]!) || (next.length > 1 && isTitleLike(next[0]! + next[1]!)));
}

/**
 * Lines of navigation menus outside the body (before `firstBody`, after `lastBody`): runs of short
 * link-like lines (blank lines do not break a run, nor do lines `gone` already, removed as links
 * by their words; a longer link continues one) that hold a lone separator line or a word a site's menu uses. Issuer names at its ends stay (中共中央 国务院 above a
 * title, the issuers of a joint document above a footer), as does a title above the body or a date.
 */
export function navigationRuns(texts: readonly string[], firstBody: number, lastBody: number, gone: (i: number) => boolean): Set<number> {
  const out = new Set<number>();
  let run: number[] = [];
  const flush = () => {
    const items = run.filter((i) => !gone(i) && !NAV_RUN.separator.test(texts[i]!) && navLine(texts[i]!, i < firstBody) === 'item');
    const links = run.filter((i) => !NAV_RUN.separator.test(texts[i]!));
    const separated = links.length < run.length && items.length >= 2;
    const named = items.length >= NAV_RUN.minItems && links.some((i) => ANCHORS.has(texts[i]!.replace(NAV_RUN.bullet, '')));
    if (separated || named) {
      // issuer names at either end of the run stay unless a separator is next to them: the issuer line
      // above a title (国务院办公厅 under a menu), a joint document's issuers above a footer's bar
      const sep = (k: number) => k >= 0 && k < run.length && NAV_RUN.separator.test(texts[run[k]!]!);
      const issuer = (k: number) => !sep(k) && !sep(k - 1) && !sep(k + 1) && isIssuerLine(texts[run[k]!]!);
      let a = 0;
      let b = run.length - 1;
      while (a <= b && issuer(a)) a++;
      while (b >= a && issuer(b)) b--;
      for (let k = a; k <= b; k++) out.add(run[k]!);
    }
    run = [];
  };
  texts.forEach((t, i) => {
    const edge = firstBody !== -1 && (i < firstBody || i > lastBody);
    if (t === '') return;
    if (edge && gone(i)) {
      run.push(i); // a link removed already (登录, 邮箱) is still a neighbour in the menu
      return;
    }
    if (edge && (navLine(t, i < firstBody) !== null || NAV_RUN.separator.test(t))) run.push(i);
    else flush();
  });
  flush();
  return out;
}
