// Number formatting and Markdown tables for the bench report.

export const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(bytes >= 1e8 ? 0 : 1)} MB`;
export const kb = (bytes: number): string => `${(bytes / 1e3).toFixed(bytes >= 1e5 ? 0 : 1)} kB`;
export const gb = (bytes: number): string => `${(bytes / 1e9).toFixed(2)} GB`;
export const seconds = (ms: number): string => `${(ms / 1000).toFixed(ms >= 100_000 ? 0 : 1)} s`;
export const ratio = (a: number, b: number): string => (b > 0 ? `${(a / b).toFixed(2)}×` : '—');

export type Cell = string | number | null | undefined;

export function table(header: string[], rows: Cell[][]): string {
  const text = (c: Cell): string => (c === null || c === undefined ? '—' : String(c));
  const lines = [header, header.map(() => '---'), ...rows.map((r) => r.map(text))];
  return lines.map((l) => `| ${l.join(' | ')} |`).join('\n');
}
