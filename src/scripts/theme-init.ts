// Runs in <head> before first paint: applies the reader's remembered theme choice, if any.
// (Standalone, no imports: it is inlined before the page body exists.)
try {
  const t = localStorage['wenyuan-theme'];
  if (t === 'dark' || t === 'light') document.documentElement.dataset.theme = t;
} catch {
  /* storage blocked (privacy mode, some file:// setups): follow the system preference */
}

// A module, so its top-level names stay its own when type-checked with the other scripts.
export {};
