// Shorthands shared by the inline scripts (bundled into each script, so one name per page).
export const d = document;
export const all = <E extends Element = HTMLElement>(selector: string, scope: ParentNode = d): E[] => [...scope.querySelectorAll<E>(selector)];
export const isFile = location.protocol === 'file:';
/** The header's search box (Search.astro); its data-root is the site root relative to this page. */
export const searchBox = d.querySelector<HTMLElement>('.wy-search');
/** The site root as an absolute URL: from the page-relative data-root, so it holds under any
 * prefix and from file://. */
export const siteRoot = new URL(searchBox?.dataset.root ?? '/', location.href).href;
