// Runs in <head> before first paint: applies the reader's remembered theme choice, if any.
try {
  const t = localStorage.getItem('wenyuan-theme');
  if (t === 'dark' || t === 'light') document.documentElement.dataset.theme = t;
} catch {
  /* storage blocked (file://, privacy mode): follow the system preference */
}

// A module, so its top-level names stay its own when type-checked with the other scripts.
export {};
