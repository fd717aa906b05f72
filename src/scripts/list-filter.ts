// Home list: filter rows by the form's selects (data-* attributes on each row) and sort by date.
// Runs once the table below the form has been parsed.
document.addEventListener('DOMContentLoaded', () => {
  const form = document.querySelector<HTMLFormElement>('form.list-filter');
  const body = document.querySelector<HTMLTableSectionElement>('.doc-table tbody');
  if (!form || !body) return;
  const rows = [...body.rows];
  const output = form.querySelector('output');
  const label = form.dataset.countLabel ?? '{n}';
  const apply = () => {
    const data = new FormData(form);
    const sort = data.get('sort') === 'asc' ? 1 : -1;
    let shown = 0;
    for (const row of rows) {
      const keep = ['issuer', 'year', 'type', 'collection'].every((k) => !data.get(k) || row.dataset[k] === data.get(k));
      row.hidden = !keep;
      if (keep) shown++;
    }
    // Undated documents stay last in both orders; ties keep the built order.
    const key = (r: HTMLTableRowElement) => r.dataset.date ?? '';
    const sorted = rows
      .map((r, i) => [r, i] as const)
      .sort(([a, i], [b, j]) => (!key(a) || !key(b) ? Number(!key(a)) - Number(!key(b)) : sort * key(a).localeCompare(key(b))) || i - j);
    body.append(...sorted.map(([r]) => r));
    if (output) output.textContent = label.replace('{n}', String(shown));
  };
  form.addEventListener('change', apply);
  form.hidden = false;
});

// A module, so its top-level names stay its own when type-checked with the other scripts.
export {};
