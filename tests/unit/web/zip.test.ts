import { inflateRawSync, crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { zip } from '../../../scripts/package/zip.ts';

/** Reads the archive back through its central directory (what unzip does). */
function unzip(buf: Buffer): Map<string, Buffer> {
  const end = buf.length - 22;
  expect(buf.readUInt32LE(end)).toBe(0x06054b50);
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(buf.readUInt32LE(at)).toBe(0x02014b50);
    const method = buf.readUInt16LE(at + 10), crc = buf.readUInt32LE(at + 16), size = buf.readUInt32LE(at + 20);
    const nameLen = buf.readUInt16LE(at + 28), local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLen);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const body = buf.subarray(start, start + size);
    const data = method === 8 ? inflateRawSync(body) : Buffer.from(body);
    expect(crc32(data) >>> 0).toBe(crc);
    out.set(name, data);
    at += 46 + nameLen;
  }
  return out;
}

describe('zip', () => {
  const entries = [
    { name: 'site/index.html', data: Buffer.from('<p>文渊</p>'.repeat(50)) },
    { name: 'site/中文/a.txt', data: Buffer.from('x') },
  ];
  it('round-trips names (UTF-8) and contents, deflated or stored', () => {
    const files = unzip(zip(entries));
    expect([...files.keys()]).toEqual(['site/index.html', 'site/中文/a.txt']);
    expect(files.get('site/index.html')!.toString()).toBe('<p>文渊</p>'.repeat(50));
    expect(files.get('site/中文/a.txt')!.toString()).toBe('x');
  });
  it('is deterministic', () => {
    expect(zip(entries).equals(zip(entries))).toBe(true);
  });
});
