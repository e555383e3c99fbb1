import { describe, expect, it } from 'vitest';
import { stripJsoncSyntax } from './readJsonc.js';

const parse = (text: string): unknown => JSON.parse(stripJsoncSyntax(text));

describe('stripJsoncSyntax', () => {
  it('reads tsconfig-style JSON with comments and trailing commas', () => {
    const text = `{
      // paths for the app
      "compilerOptions": { /* inline */ "paths": { "@/*": ["./src/*",], }, "baseUrl": ".", },
      "include": ["src/**/*.ts"], // trailing
    }`;
    expect(parse(text)).toEqual({ compilerOptions: { paths: { '@/*': ['./src/*'] }, baseUrl: '.' }, include: ['src/**/*.ts'] });
  });

  it('leaves comment-like and comma-like text inside strings alone', () => {
    expect(parse('{ "a": "http://x/*y*/", "b": "1,]", "c": "q\\"//" }')).toEqual({ a: 'http://x/*y*/', b: '1,]', c: 'q"//' });
  });
});
