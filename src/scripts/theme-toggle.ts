// Dark mode toggle, remembered (theme-init.ts applies the choice before first paint). Without a
// stored choice the system preference applies (CSS), and the toggle shows it.
import { d } from './dom.ts';

const root = d.documentElement;
const toggle = d.getElementById('theme-toggle');
if (toggle) {
  const isDark = () => {
    const chosen = root.dataset.theme;
    return chosen ? chosen === 'dark' : matchMedia('(prefers-color-scheme:dark)').matches;
  };
  const sync = () => toggle.setAttribute('aria-pressed', `${isDark()}`);
  toggle.hidden = false;
  sync();
  toggle.onclick = () => {
    const next = isDark() ? 'light' : 'dark';
    root.dataset.theme = next;
    try {
      localStorage['wenyuan-theme'] = next;
    } catch {
      /* not remembered, still applied */
    }
    sync();
  };
}
