import { defineCookie, defineCookiePolicy } from '@cookie-ledger/core';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { COLUMN_IDS } from '../options.js';
import { renderPolicy } from '../renderPolicy.js';

const HOSTILE = [
  '<script>alert(1)</script>',
  'pipe | inside "double" and \'single\' quotes',
  'first line\nsecond line\r\nthird, with a comma',
  '<img src=x onerror=alert(2)> & &lt;b&gt;',
  '[click](javascript:alert(3)) ![img](https://evil.example/x.png) <https://evil.example>',
  'back\\slash \\| *emphasis* _under_ `code` ~~strike~~ # hash',
  '- looks like a list\n1. or a numbered one\n===',
];

const hostilePolicy = defineCookiePolicy({
  owner: 'Acme <b>Corp</b>',
  site: 'javascript:alert(4)',
  cookies: HOSTILE.map((text, index) =>
    defineCookie({
      // A cookie name is an RFC 6265 token; these token characters still break tables, code spans and HTML.
      name: `c${index}_|\`&'`,
      provider: { name: text, privacyPolicy: 'javascript:alert(5)' },
      category: 'marketing',
      purpose: text,
      feature: text,
      locations: [text, text],
      condition: text,
      duration: { days: 1, note: text },
      attributes: { domain: 'example.com' },
    }),
  ),
});

const allColumns = [...COLUMN_IDS];
/** Every item is a cookie, so the page leaves the type column out. */
const shownColumns = allColumns.length - 1;

describe('hostile declaration texts', () => {
  it('never reach HTML as markup', () => {
    const html = renderPolicy(hostilePolicy, { format: 'html', columns: allColumns });
    expect(html).not.toMatch(/<(script|img|b|i)[\s>]/i);
    expect(html).not.toContain('javascript:alert(5)"');
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html.match(/<tr>/g)).toHaveLength(HOSTILE.length + 1);
    expect(html.match(/<td /g)).toHaveLength(HOSTILE.length * shownColumns);
  });

  it('never reach Markdown as markup, links or extra table cells', () => {
    const markdown = renderPolicy(hostilePolicy, { format: 'markdown', columns: allColumns, groupBy: 'none' });
    // Rendered by a real CommonMark + GFM-tables parser that lets raw HTML and bare URLs through.
    const html = new MarkdownIt({ html: true, linkify: true }).render(markdown);
    expect(html).not.toMatch(/<(script|img|b|i|em|strong|code|s|del|ol)[\s>]/i);
    expect(html).not.toMatch(/href="javascript:/i);
    // A bare address stays visible text (a linkifying renderer may make it clickable, as in any text), never an image.
    expect(html).not.toContain('src="https://evil.example');
    expect(html.match(/<tr>/g)).toHaveLength(HOSTILE.length + 1);
    expect(html.match(/<td>/g)).toHaveLength(HOSTILE.length * shownColumns);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('pipe | inside &quot;double&quot;');
    expect(html).toContain('back\\slash \\| *emphasis* _under_ `code` ~~strike~~ # hash');
  });

  it('come back from CSV as written, line breaks and quotes included, formulas made inert', () => {
    const csv = renderPolicy(hostilePolicy, { format: 'csv', columns: ['purpose', 'condition'] });
    const rows = parseCsv(csv);
    const inert = (text: string) => (/^[=+\-@]/.test(text) ? `'${text}` : text);
    expect(rows).toEqual([['Purposes', 'When'], ...HOSTILE.map((text) => [inert(text), inert(text)])]);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('never hand a spreadsheet a formula to run', () => {
    const formulas = ['=HYPERLINK("https://evil.example","click")', '+1+1', '@SUM(A1:A9)', '-2+3', '\t=1'];
    const policy = defineCookiePolicy({
      owner: 'Acme',
      cookies: formulas.map((text, index) => defineCookie({ name: `f${index}`, category: 'necessary', purpose: text })),
    });
    const cells = parseCsv(renderPolicy(policy, { format: 'csv', columns: ['purpose'] })).slice(1).map(([cell]) => cell);
    expect(cells).toEqual(formulas.map((text) => `'${text}`));
  });

  it('stay plain strings in JSON', () => {
    const json = JSON.parse(renderPolicy(hostilePolicy, { format: 'json' })) as { cookies: { purpose: string }[] };
    expect(json.cookies.map((cookie) => cookie.purpose)).toEqual(HOSTILE);
  });
});

/** A strict RFC 4180 reader: CRLF between records, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let index = 0;
  while (index < text.length) {
    let field = '';
    if (text[index] === '"') {
      index += 1;
      for (;;) {
        const quote = text.indexOf('"', index);
        if (quote < 0) throw new Error('unterminated quoted field');
        field += text.slice(index, quote);
        index = quote + 1;
        if (text[index] !== '"') break;
        field += '"';
        index += 1;
      }
    } else {
      const end = text.slice(index).search(/,|\r\n/);
      field = end < 0 ? text.slice(index) : text.slice(index, index + end);
      if (/["\r\n]/.test(field)) throw new Error(`unquoted field holds a quote or line break: ${JSON.stringify(field)}`);
      index += field.length;
    }
    record.push(field);
    if (text.startsWith('\r\n', index)) {
      records.push(record);
      record = [];
      index += 2;
    } else if (text[index] === ',') index += 1;
    else throw new Error(`unexpected ${JSON.stringify(text[index])} at ${index}`);
  }
  return records;
}
