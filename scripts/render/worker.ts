// A pre-render worker thread: renders the documents it is sent and writes their store entries.
// Messages in: Task (one document); out: { key, bytes } or { key, error }.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { writeEntry } from '../../src/lib/render/store.ts';
import type { Variant } from '../../src/lib/script-view.ts';
import type { Task } from './plan.ts';
import { renderEntry } from './render-entry.ts';

const { variant, storeDir } = workerData as { variant: Variant; storeDir: string };
const port = parentPort!;

port.on('message', async (task: Task) => {
  try {
    const source = readFileSync(task.filePath, 'utf8');
    const doc = await renderEntry(task.filePath, source, variant, task.xref);
    writeEntry(task.key, doc, storeDir);
    port.postMessage({ key: task.key });
  } catch (e) {
    port.postMessage({ key: task.key, error: `${task.filePath}: ${e instanceof Error ? e.message : String(e)}` });
  }
});
