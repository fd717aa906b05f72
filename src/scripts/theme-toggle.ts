// Appearance: follow the system (no stored choice; CSS applies prefers-color-scheme), light or
// dark, remembered (theme-init.ts applies the choice before first paint). Hidden without script.
import { d } from './dom.ts';

const root = d.documentElement;
const pick = d.getElementById('theme-pick') as HTMLSelectElement | null;
if (pick) {
  pick.value = root.dataset.theme ?? '';
  pick.parentElement!.hidden = false;
  pick.onchange = () => {
    const chosen = pick.value;
    if (chosen) root.dataset.theme = chosen;
    else delete root.dataset.theme;
    try {
      localStorage['wenyuan-theme'] = chosen;
    } catch {
      /* not remembered, still applied */
    }
  };
}
