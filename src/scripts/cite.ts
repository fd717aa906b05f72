// Reading pages: a "copy citation" button beside every permalink. The citation is
// 《title》 + the section's numbering path + the full URL with the block's anchor.
const body = document.querySelector<HTMLElement>('[data-cite-title]');
if (body) {
  const { citeTitle = '', citeLabel = '', citeDone = '', citeFail = '' } = body.dataset;
  const status = document.getElementById('cite-status');
  const blocks = [...body.querySelectorAll<HTMLElement>('[id]')];

  const pathOf = (block: HTMLElement): string => {
    for (let i = blocks.indexOf(block); i >= 0; i--) {
      const path = blocks[i]?.dataset.cite;
      if (path) return path;
    }
    return '';
  };

  const copy = async (text: string): Promise<void> => {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      const area = document.createElement('textarea');
      area.value = text;
      document.body.append(area);
      area.select();
      const ok = document.execCommand('copy');
      area.remove();
      if (!ok) throw new Error('copy refused');
    }
  };

  for (const link of body.querySelectorAll('a.pl')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'cite';
    button.textContent = citeLabel;
    link.after(button);
  }

  body.addEventListener('click', async (e) => {
    const button = (e.target as Element).closest?.('button.cite');
    const block = button?.parentElement;
    if (!button || !block?.id) return;
    const url = `${location.href.split('#')[0]}#${block.id}`;
    const text = `《${citeTitle}》${pathOf(block)} ${url}`;
    let message = citeDone;
    try {
      await copy(text);
    } catch {
      message = citeFail;
    }
    button.textContent = message;
    if (status) status.textContent = `${message}：${text}`;
    setTimeout(() => (button.textContent = citeLabel), 2000);
  });
}

// A module, so its top-level names stay its own when type-checked with the other scripts.
export {};
