// Runs in <head> before first paint: applies the reader's remembered theme choice, if any.
try {
  const t = localStorage.getItem('wenyuan-theme');
  if (t === 'dark' || t === 'light') document.documentElement.dataset.theme = t;
} catch {
  /* storage blocked (file://, privacy mode): follow the system preference */
}
