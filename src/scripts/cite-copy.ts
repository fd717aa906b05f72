// Copies a block's citation (part of reader.ts, loaded on use by reader-loader.ts). The first click
// copies the reader's remembered format (plain Chinese at first) and opens a small panel beside
// the block with the copied text and the other formats (src/lib/cite/format.ts); picking one
// copies it and remembers it. The clipboard API where allowed (secure contexts), else the old
// selection copy (plain http on an intranet). The document's metadata comes from the page's JSON
// block (#cite-data, ReadPage.astro); the block's place from the headings' data-cite paths.
import { CITE_FORMATS, formatCitation, type CiteFormat } from '../lib/cite/format.ts';
import type { CiteData } from '../lib/cite/page-data.ts';
import { locatorWords, ownMarkers } from '../lib/cite/locator.ts';
import { clauseParentId } from '../lib/format/citation.ts';
import { el } from './el.ts';

const d = document;
const body = d.querySelector<HTMLElement>('[data-cite-title]')!;
const data = JSON.parse(d.getElementById('cite-data')?.textContent ?? '{}') as CiteData;
const { citeLabel, citeDone, citeFail } = body.dataset;
const status = d.getElementById('cite-status');
const KEY = 'wenyuan-cite';

function remembered(): CiteFormat {
  try {
    const f = localStorage[KEY];
    return CITE_FORMATS.includes(f) ? f : 'plain';
  } catch {
    return 'plain';
  }
}

const level = (h: Element) => Number(h.tagName[1]);

/** The heading chain above the block with this id (outermost first), and the block's 款 number. */
function placeOf(id: string) {
  const chain: HTMLElement[] = [];
  for (const node of body.querySelectorAll<HTMLElement>('[id]')) {
    if (/^H[2-6]$/.test(node.tagName)) {
      while (chain.length && level(chain.at(-1)!) >= level(node)) chain.pop();
      chain.push(node);
    }
    if (node.id === id) break;
  }
  // A 款 after an item list (art4-p2 after （二）) belongs to its article, not to the last item.
  const article = clauseParentId(id);
  if (article && chain.some((h) => h.id === article)) while (chain.at(-1)!.id !== article) chain.pop();
  const markers = ownMarkers(chain.map((h) => h.dataset.cite ?? ''));
  const last = chain.at(-1);
  const own = markers.at(-1) ?? '';
  const text = (last?.textContent ?? '').trim();
  const sectionTitle = (own && text.startsWith(own) ? text.slice(own.length) : text).replace(/[。；;：:，,\s]+$/, '').trim();
  const paragraph = Number(/-p(\d+)$/.exec(id)?.[1]) || undefined;
  return { locator: locatorWords(markers, data.script, paragraph), sectionTitle: sectionTitle || undefined };
}

function today(): string {
  const t = new Date();
  return `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')}`;
}

/** The block's address: the configured site URL when set, else this page's own (not a file:// path). */
function urlOf(link: HTMLAnchorElement): string | undefined {
  if (data.pageUrl) return `${data.pageUrl}${link.hash}`;
  return /^https?:$/.test(location.protocol) ? link.href : undefined;
}

function citation(format: CiteFormat, link: HTMLAnchorElement): string {
  return formatCitation(format, { ...data, ...placeOf(link.hash.slice(1)), url: urlOf(link), accessed: today() });
}

async function copy(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = d.createElement('textarea');
    area.value = text;
    body.append(area);
    area.select();
    const ok = d.execCommand('copy');
    area.remove();
    if (!ok) throw new Error('copy refused');
  }
}

// One panel, moved to the block last cited.
const preview = el('span', { class: 'cite-text' });
const choices = CITE_FORMATS.map((f) => el('button', { type: 'button', 'data-format': f, 'aria-pressed': 'false' }, data.formats[f]));
const panel = el('span', { class: 'cite-panel', role: 'group', 'aria-label': data.formatsLabel }, preview, el('span', { class: 'cite-choices' }, ...choices));
let current: HTMLAnchorElement | undefined;

async function copyAs(format: CiteFormat, link: HTMLAnchorElement, button: HTMLElement): Promise<void> {
  const text = citation(format, link);
  const focused = d.activeElement;
  let message = citeDone ?? '';
  try {
    await copy(text);
  } catch {
    message = citeFail ?? '';
  }
  (focused as HTMLElement | null)?.focus(); // the fallback's text area took it
  try {
    localStorage[KEY] = format;
  } catch {
    /* not remembered, still copied */
  }
  for (const c of choices) c.setAttribute('aria-pressed', `${c.dataset.format === format}`);
  preview.textContent = text;
  current = link;
  if (!panel.isConnected || panel.previousElementSibling !== link) link.after(panel);
  button.textContent = message;
  if (status) status.textContent = `${message}：${text}`;
  setTimeout(() => (button.textContent = button.classList.contains('cite') ? citeLabel ?? '' : data.formats[button.dataset.format as CiteFormat]), 2000);
}

body.addEventListener('click', (e) => {
  const target = e.target as Element;
  const choice = target.closest?.<HTMLButtonElement>('.cite-panel button');
  if (choice && current) return void copyAs(choice.dataset.format as CiteFormat, current, choice);
  const button = target.closest?.<HTMLButtonElement>('button.cite');
  const link = button?.nextElementSibling as HTMLAnchorElement | null | undefined;
  if (button && link?.hash) void copyAs(remembered(), link, button);
});

// Escape or a click elsewhere closes the panel.
d.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && panel.isConnected) {
    const back = panel.previousElementSibling?.previousElementSibling as HTMLElement | null;
    panel.remove();
    back?.focus();
  }
});
d.addEventListener('click', (e) => {
  if (panel.isConnected && !(e.target as Element).closest?.('.cite-panel, button.cite')) panel.remove();
});
