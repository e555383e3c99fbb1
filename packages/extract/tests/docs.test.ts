import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTRACT_MESSAGES } from '../src/index.js';

const reference = readFileSync(resolve(import.meta.dirname, '../../../docs/reference/extract.md'), 'utf8');

describe('docs/reference/extract.md', () => {
  it('documents every problem code the static reader reports, and no other', () => {
    const section = reference.slice(reference.indexOf('### Problems'), reference.indexOf('### `PolicyLoadError`'));
    const documented = [...section.matchAll(/^\| `([a-z-]+)` \| /gm)].map(([, code]) => code);
    expect(documented.sort()).toEqual(Object.keys(EXTRACT_MESSAGES).sort());
  });
});
