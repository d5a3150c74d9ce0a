import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_BYTES, readSource } from '../../src/load/read.js';

describe('reading a file', () => {
  it('reads files and names what is not one, in any order (the kind and size come from a stat in numbers after the first file)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-read-'));
    try {
      const small = join(dir, 'Nguyễn Văn A.yaml');
      writeFileSync(small, 'thidua: 1\nname: "Đồng Tháp"\n');
      const empty = join(dir, 'empty.yaml');
      writeFileSync(empty, '');
      const large = join(dir, 'large.yaml');
      writeFileSync(large, Buffer.alloc(MAX_BYTES + 1, 0x61));
      const big = join(dir, 'big.yaml');
      writeFileSync(big, `# ${'x'.repeat(100_000)}\n`);
      for (let round = 0; round < 2; round++) {
        expect(readSource(small)).toEqual({ text: 'thidua: 1\nname: "Đồng Tháp"\n', hadBom: false });
        expect(readSource(dir)).toEqual({ problem: { code: 'load/not-a-file', what: 'folder' }, hadBom: false });
        expect(readSource('/dev/null')).toEqual({ problem: { code: 'load/not-a-file', what: 'device' }, hadBom: false });
        expect(readSource(empty)).toEqual({ text: '', hadBom: false });
        expect(readSource(large)).toEqual({ problem: { code: 'load/too-large', bytes: MAX_BYTES + 1 }, hadBom: false });
        expect(readSource(big).text).toHaveLength(100_003);
        expect(readSource(join(dir, 'nothing.yaml'))).toEqual({ problem: { code: 'load/not-found' }, hadBom: false });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
