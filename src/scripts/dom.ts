// Shorthands shared by the inline scripts (bundled into each script, so one name per page).
export const d = document;
export const all = <E extends Element = HTMLElement>(selector: string, scope: ParentNode = d): E[] => [...scope.querySelectorAll<E>(selector)];
export const isFile = location.protocol === 'file:';
/** The header's search box (Search.astro); its data-root is the site root relative to this page. */
export const searchBox = d.querySelector<HTMLElement>('.wy-search');
/** The site root as an absolute URL: from the page-relative data-root, so it holds under any
 * prefix and from file://. */
export const siteRoot = new URL(searchBox?.dataset.root ?? '/', location.href).href;

/** Whether lazy scripts are modules (dev server only); set at build (src/lib/lazy-scripts.ts). */
declare const LAZY_SCRIPTS_ARE_MODULES: boolean;
const loading: Record<string, Promise<unknown>> = {};
/** Loads a script built apart (src/lib/lazy-scripts.ts) once, as a classic script (it also runs
 * from file://, where module scripts are blocked). */
export const load = (path: string) =>
  (loading[path] ??= new Promise((resolve, reject) => {
    const s = d.createElement('script');
    if (LAZY_SCRIPTS_ARE_MODULES) s.type = 'module';
    s.src = siteRoot + path;
    s.onload = resolve;
    s.onerror = () => reject(delete loading[path]);
    d.head.append(s);
  }));
