import type { FileReport } from './pipeline.ts';

// content/report/<raw file>.json (complete, for tools and review diffs) and .md (for people).

export function reportJson(report: FileReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}

const clip = (s: string, n = 60) => {
  const flat = JSON.stringify(s).slice(1, -1);
  return flat.length > n ? `${flat.slice(0, n)}…` : flat;
};
const cell = (s: string) => s.replace(/\|/g, '\\|');

export function reportMarkdown(r: FileReport): string {
  const out: string[] = [`# Conversion report: ${r.file}`, ''];
  out.push(`- Encoding: ${r.encoding}; line ends: ${r.lineEnds}`);
  out.push(`- Conservation check (kept + removed = input): ${r.conservation}`);
  out.push(`- Documents: ${r.documents.length}; removals: ${r.removals.length}; title edits: ${r.titleEdits.length}; metadata notes: ${r.metadata.length}; warnings: ${r.warnings.length}`, '');
  out.push('## Documents', '', '| slug | title | type | date | script | sections by level |', '| --- | --- | --- | --- | --- | --- |');
  for (const d of r.documents) {
    const links = [d.annexes?.length ? `annexes ${d.annexes.join(', ')}` : '', d.issuedBy ? `issued by ${d.issuedBy}` : '', d.issues?.length ? `issues ${d.issues.join(', ')}` : ''].filter(Boolean);
    out.push(`| ${d.slug} | ${cell(d.title)} | ${d.type} | ${d.date ?? '—'} | ${d.script} | ${d.sectionsByDepth.join(' / ') || '0'}${links.length ? ` (${links.join('; ')})` : ''} |`);
  }
  out.push('', '## Removals', '');
  if (r.removals.length === 0) out.push('None.');
  else {
    out.push('| kind | offset | removed | replacement | reason |', '| --- | ---: | --- | --- | --- |');
    for (const x of r.removals) out.push(`| ${x.kind} | ${x.offset} | \`${cell(clip(x.text))}\` | \`${cell(clip(x.replacement))}\` | ${cell(x.reason)} |`);
  }
  out.push('', '## Title edits', '');
  if (r.titleEdits.length === 0) out.push('None.');
  else {
    out.push('| kind | document | field | title as extracted | offset | removed | reason |', '| --- | ---: | --- | --- | ---: | --- | --- |');
    for (const x of r.titleEdits) out.push(`| ${x.kind} | ${x.document} | ${x.field} | ${cell(x.title)} | ${x.offset} | \`${cell(clip(x.text))}\` | ${cell(x.reason)} |`);
  }
  out.push('', '## Metadata', '');
  if (r.metadata.length === 0) out.push('None.');
  else {
    out.push('| document | field | value | as written | line | from |', '| ---: | --- | --- | --- | ---: | --- |');
    for (const x of r.metadata) out.push(`| ${x.document} | ${x.field} | ${cell(x.value)} | \`${cell(clip(x.text))}\` | ${x.line ?? '—'} | ${x.from} |`);
  }
  out.push('', '## Warnings', '');
  if (r.warnings.length === 0) out.push('None.');
  for (const w of r.warnings) out.push(`- ${[w.file, w.line, w.column].filter((p) => p !== undefined).join(':')}: ${w.reason}`);
  return out.join('\n') + '\n';
}
