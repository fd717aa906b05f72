// Copies a block's citation (part of reader.ts, loaded on use by reader-loader.ts):
// block's anchor. Built as its own file (see src/lib/lazy-scripts.ts) and loaded by
// cite-buttons.ts on the first click of a citation button; the clipboard API where allowed
// (secure contexts), else the old selection copy (plain http on an intranet).
const d = document;
const body = d.querySelector<HTMLElement>('[data-cite-title]')!;
const { citeTitle, citeLabel, citeDone, citeFail } = body.dataset;
const status = d.getElementById('cite-status');

/** The numbering path of the nearest heading at or before the block with this id. */
function pathOf(id: string): string {
  let path = '';
  for (const el of body.querySelectorAll<HTMLElement>('[id]')) {
    path = el.dataset.cite || path;
    if (el.id === id) break;
  }
  return path;
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

body.addEventListener('click', async (e) => {
  const button = (e.target as Element).closest?.<HTMLButtonElement>('button.cite');
  const link = button?.nextElementSibling as HTMLAnchorElement | null | undefined;
  if (!button || !link?.hash) return;
  const text = `《${citeTitle}》${pathOf(link.hash.slice(1))} ${link.href}`;
  const focused = d.activeElement === button;
  let message = citeDone ?? '';
  try {
    await copy(text);
  } catch {
    message = citeFail ?? '';
  }
  if (focused) button.focus(); // the fallback's text area took it
  button.textContent = message;
  if (status) status.textContent = `${message}：${text}`;
  setTimeout(() => (button.textContent = citeLabel ?? ''), 2000);
});

export {};
