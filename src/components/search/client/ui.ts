// The search dialog, loaded (as pagefind/search-ui.js) only when a reader opens search.
// Opens the engine for the page's language, shows verified results with their section,
// filters, sort, keyboard navigation, empty and error states. All strings in the page's script.
import { SearchEngine, type SearchOptions, type SearchQuery } from '../../../lib/search/engine.ts';
import type { IndexLang } from '../../../lib/search/manifest.ts';
import { el, moreStyles, renderHit } from './render.ts';
import { strings } from './strings.ts';
import { hasSearchableText } from '../../../lib/search/searchable.ts';

// First page small: each result costs the fragment of one record (a run of sections, a few kB).
const firstPage = 5;
const pageSize = 10;
/** Candidates checked per step before asking the reader to continue (each costs a fragment). */
const checkBudget = 30;
const filterKeys = ['issuer', 'year', 'type', 'collection', 'status'] as const;

class SearchDialog {
  readonly dialog: HTMLDialogElement;
  private input: HTMLInputElement;
  private status: HTMLElement;
  private list: HTMLOListElement;
  private more: HTMLButtonElement;
  private filters: HTMLElement;
  private sort: HTMLSelectElement;
  private engine?: Promise<SearchEngine>;
  private query?: SearchQuery;
  private generation = 0;
  /** shown documents: their list item and how many further sections it lists */
  private shown = new Map<string, { li: HTMLLIElement; more: number }>();
  private timer = 0;
  private t;

  constructor(private root: string, private lang: IndexLang) {
    const t = (this.t = strings[lang]);
    const id = 'wy-search-input';
    this.input = el('input', { id, type: 'search', placeholder: t.placeholder, autocomplete: 'off', spellcheck: 'false', 'aria-controls': 'wy-search-results' });
    this.status = el('p', { class: 'wy-status', role: 'status', 'aria-live': 'polite' });
    this.list = el('ol', { class: 'wy-results', id: 'wy-search-results', 'aria-label': t.dialog });
    this.more = el('button', { type: 'button', class: 'wy-more', hidden: '' }, t.more);
    this.filters = el('div', { class: 'wy-filters' });
    this.sort = el('select', { id: 'wy-sort' },
      el('option', { value: 'relevance' }, t.relevance), el('option', { value: 'date-desc' }, t.newest), el('option', { value: 'date-asc' }, t.oldest));
    const close = el('button', { type: 'button', class: 'wy-close' }, t.close);
    this.dialog = el('dialog', { class: 'wy-search-dialog', 'aria-labelledby': 'wy-search-title', lang },
      el('div', { class: 'wy-search-head' },
        el('h2', { id: 'wy-search-title', class: 'wy-title' }, t.dialog),
        close),
      el('form', { role: 'search', class: 'wy-form' }, el('label', { for: id, class: 'wy-label' }, t.input), this.input),
      el('div', { class: 'wy-controls' }, this.filters, el('label', { class: 'wy-field' }, t.sort, this.sort)),
      this.status, this.list, this.more,
      el('p', { class: 'wy-hint' }, t.hint));
    document.head.append(el('style', {}, moreStyles));
    document.body.append(this.dialog);
    close.addEventListener('click', () => this.dialog.close());
    this.dialog.addEventListener('click', (e) => { if (e.target === this.dialog) this.dialog.close(); });
    this.dialog.querySelector('form')!.addEventListener('submit', (e) => { e.preventDefault(); this.run(0); });
    this.input.addEventListener('input', () => this.run(180));
    this.sort.addEventListener('change', () => this.run(0));
    this.more.addEventListener('click', () => void this.showMore());
    this.dialog.addEventListener('keydown', (e) => this.onKey(e));
    this.status.textContent = t.start;
  }

  open(initial = ''): void {
    if (!this.dialog.open) this.dialog.showModal();
    if (initial) this.input.value = initial;
    this.input.focus();
    this.input.select();
    this.ensureEngine();
    if (this.input.value) this.run(0);
  }

  private ensureEngine(): Promise<SearchEngine> {
    if (!this.engine) {
      this.status.textContent = this.t.loading;
      this.engine = SearchEngine.open(this.root, this.lang);
      this.engine.then((e) => this.buildFilters(e), () => { this.status.textContent = this.t.loadError; this.status.dataset.state = 'error'; });
    }
    return this.engine;
  }

  private async buildFilters(engine: SearchEngine): Promise<void> {
    if (this.status.textContent === this.t.loading) this.status.textContent = this.t.start;
    const all = engine.filters();
    for (const key of filterKeys) {
      const values = [...(all[key] ?? [])].sort((a, b) => (key === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'zh')));
      // One 效力 value is still a useful filter (e.g. only repealed texts carry a status).
      if (values.length < (key === 'status' ? 1 : 2)) continue;
      const select = el('select', { 'data-filter': key }, el('option', { value: '' }, this.t.any), ...values.map((v) => el('option', { value: v }, v)));
      select.addEventListener('change', () => this.run(0));
      this.filters.append(el('label', { class: 'wy-field' }, this.t[key], select));
    }
  }

  private options(): SearchOptions {
    const filters: Record<string, string[]> = {};
    for (const s of this.filters.querySelectorAll<HTMLSelectElement>('select[data-filter]')) if (s.value) filters[s.dataset.filter!] = [s.value];
    return { filters, sort: this.sort.value as SearchOptions['sort'] };
  }

  private run(delay: number): void {
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.search(), delay);
  }

  private async search(): Promise<void> {
    const gen = ++this.generation;
    const text = this.input.value.trim();
    this.list.replaceChildren();
    this.shown.clear();
    this.more.hidden = true;
    this.list.setAttribute('aria-busy', 'true');
    delete this.status.dataset.state;
    if (!text) { this.status.textContent = this.t.start; this.list.setAttribute('aria-busy', 'false'); return; }
    if (!hasSearchableText(text)) { this.status.textContent = this.t.noTerms(text); this.list.setAttribute('aria-busy', 'false'); return; }
    this.status.textContent = this.t.searching;
    const t0 = performance.now();
    try {
      const engine = await this.ensureEngine();
      const query = await engine.search(text, this.options());
      if (gen !== this.generation) return;
      this.query = query;
      await this.showMore(gen);
      // For tests and the bench: which query is shown, and how long it took (no debounce).
      this.list.dataset.query = text;
      this.list.dataset.ms = (performance.now() - t0).toFixed(1);
    } catch {
      if (gen !== this.generation) return;
      this.status.textContent = this.t.error;
      this.status.dataset.state = 'error';
      this.list.setAttribute('aria-busy', 'false');
    }
  }

  private async showMore(gen = this.generation): Promise<void> {
    const query = this.query;
    if (!query) return;
    this.list.setAttribute('aria-busy', 'true');
    this.more.disabled = true;
    const hits = await query.more(query.hits.length ? pageSize : firstPage, checkBudget);
    if (gen !== this.generation) return;
    this.more.disabled = false;
    this.list.setAttribute('aria-busy', 'false');
    // Documents already listed may have gained sections from the records just verified.
    for (const hit of query.hits) {
      const known = this.shown.get(hit.pageUrl);
      if (!known || known.more === hit.more.length) continue;
      const li = renderHit(hit, this.t, this.lang);
      if (known.li.querySelector('details')?.open) li.querySelector('details')!.open = true;
      known.li.replaceWith(li);
      this.shown.set(hit.pageUrl, { li, more: hit.more.length });
    }
    for (const hit of hits) {
      const li = renderHit(hit, this.t, this.lang);
      this.shown.set(hit.pageUrl, { li, more: hit.more.length });
      this.list.append(li);
    }
    const n = query.hits.length;
    const left = query.unchecked;
    this.status.textContent = n === 0 && query.done ? this.t.none(this.input.value.trim())
      : query.done ? this.t.found(n) : left > 0 ? this.t.partial(n, left) : this.t.unsearched(n);
    this.more.hidden = query.done;
  }

  private onKey(e: KeyboardEvent): void {
    // Escape closes even from a filled search field (which would otherwise just clear it).
    if (e.key === 'Escape') { e.preventDefault(); this.dialog.close(); return; }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    // A document's further sections are reachable once its "more" list is open.
    const links = [...this.list.querySelectorAll<HTMLAnchorElement>('a.wy-hit-link, details[open] a.wy-section-link')];
    if (!links.length) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    e.preventDefault();
    if (e.key === 'ArrowDown') links[Math.min(at + 1, links.length - 1)]!.focus();
    else if (at <= 0) this.input.focus();
    else links[at - 1]!.focus();
  }
}

let instance: SearchDialog | undefined;

/** Called by the inline loader in Search.astro with the site root URL and the page language. */
export function open(root: string, lang: IndexLang, initial = ''): void {
  instance ??= new SearchDialog(root, lang);
  instance.open(initial);
}
