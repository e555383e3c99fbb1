import { describe, expect, it } from 'vitest';
import { variedPolicy } from '../policies.fixture.js';
import { renderPolicy } from '../renderPolicy.js';

const headingsOf = (html: string) => [...html.matchAll(/<h(\d)[^>]*?(?: id="([^"]*)")?>/g)].map((match) => `h${match[1]}${match[2] ? `#${match[2]}` : ''}`);
const stylesOf = (html: string) => /<style>\n([\s\S]*?)\n<\/style>/.exec(html)?.[1];

/** The selectors of every rule in a style sheet, inside @media blocks too. */
function selectorsOf(css: string): string[] {
  return [...css.matchAll(/([^{}]+)\{[^{}]*\}/g)].flatMap((match) => match[1]!.split(',').map((selector) => selector.trim()));
}

describe('renderPolicy, html', () => {
  it('writes a page whose headings start at h1 and can be linked to, with the same ids in every language', () => {
    const english = renderPolicy(variedPolicy, { format: 'html' });
    expect(headingsOf(english)).toEqual([
      'h1',
      'h2#what-is-a-cookie',
      'h2#kinds-of-cookies',
      'h2#your-consent',
      'h2#cookies-used',
      'h3#cookies-necessary',
      'h3#cookies-preferences',
      'h3#cookies-statistics',
      'h3#cookies-marketing',
    ]);
    expect(headingsOf(renderPolicy(variedPolicy, { format: 'html', locale: 'de' }))).toEqual(headingsOf(english));
    expect(headingsOf(renderPolicy(variedPolicy, { format: 'html', groupBy: 'provider', introduction: false }))).toEqual(['h1', 'h2#cookies-used', 'h3#cookies-acme', 'h3#cookies-google', 'h3#cookies-adco']);
  });

  it('writes a fragment with no <h1>, starting at the heading level asked for', () => {
    const fragment = renderPolicy(variedPolicy, { format: 'html', standalone: false, introduction: false });
    expect(fragment).toMatch(/^<section class="cookie-policy" lang="en">\n/);
    expect(fragment).not.toMatch(/<h1|<html|<body/);
    expect(headingsOf(fragment).slice(0, 3)).toEqual(['h2', 'h3#cookies-used', 'h4#cookies-necessary']);
    const deeper = renderPolicy(variedPolicy, { format: 'html', standalone: false, introduction: false, headingLevel: 4 });
    expect(headingsOf(deeper).slice(0, 3)).toEqual(['h4', 'h5#cookies-used', 'h6#cookies-necessary']);
  });

  it("scopes a fragment's styles to the policy, and leaves them out with styles: false", () => {
    const css = stylesOf(renderPolicy(variedPolicy, { format: 'html', standalone: false }));
    expect(css).toBeDefined();
    expect(css).not.toMatch(/(^|[\s,}])(body|html|:root)\b/);
    for (const selector of selectorsOf(css!)) expect(selector).toMatch(/^\.cookie-policy($|[\s.:[])/);
    expect(renderPolicy(variedPolicy, { format: 'html', standalone: false, styles: false })).not.toContain('<style');
    expect(renderPolicy(variedPolicy, { format: 'html', styles: false })).not.toContain('<style');
    expect(stylesOf(renderPolicy(variedPolicy, { format: 'html' }))).toContain('body {');
  });

  it('labels every cell with its header, for the one-block-per-item layout of narrow screens', () => {
    const html = renderPolicy(variedPolicy, { format: 'html', introduction: false });
    expect(html).toContain('<td class="cookie-policy__names" data-label="Cookie name(s)">session</td>');
    expect(html).toContain('<td class="cookie-policy__names" data-label="Name">any local storage key ending with _seen</td>');
    expect(html).toContain('<td class="cookie-policy__duration" data-label="Duration">1 day</td>');
    expect(html).toMatch(/@media \(max-width: [\d.]+rem\) \{[\s\S]*td::before \{ content: attr\(data-label\)/);
  });
});
