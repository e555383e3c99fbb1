import { describe, expect, it } from 'vitest';
import { SEED_COLUMNS } from '../options.js';
import { renderPolicy } from '../renderPolicy.js';
import { policyOf, variedPolicy } from '../policies.fixture.js';

/** The Markdown table rows (without header and rule) under each `###` heading, or under `##` when not grouped. */
function tablesOf(markdown: string): Record<string, string[]> {
  const tables: Record<string, string[]> = {};
  let heading = '';
  for (const line of markdown.split('\n')) {
    if (line.startsWith('#')) heading = line.replace(/^#+ /, '');
    else if (line.startsWith('| ') && !line.startsWith('| ---')) (tables[heading] ??= []).push(line);
  }
  return tables;
}

describe('renderPolicy, markdown', () => {
  it('writes the introduction, then one table per category with what a visitor must be told of each item', () => {
    const markdown = renderPolicy(variedPolicy, { format: 'markdown' });
    expect(markdown).toMatch(/^# Cookies policy\n\nAcme uses cookies .* on <https:\/\/shop\.example\.com>/);
    expect(markdown).toContain('## What is a cookie?');
    expect(markdown).toContain('## Cookies and other storage used on <https://shop.example.com>');
    const header = (names: string) => `| Service provider's name | Function and location | ${names} | Type | Purposes | Duration | Consent |`;
    expect(tablesOf(markdown)).toEqual({
      'Cookies necessary for the website to function properly': [
        header('Cookie name(s)'),
        '| Acme | Login (shop, account and checkout) | session | Cookie | Keeps you logged in | session | Not required: strictly necessary |',
      ],
      'Preference cookies and other storage': [
        header('Name'),
        '| Acme |  | any local storage key ending with \\_seen | Local storage | Remembers which tips you closed | 1 day | Required |',
      ],
      'Statistics cookies': [
        header('Cookie name(s)'),
        '| [Google](https://policies.example.org/privacy) |  | any cookie starting with \\_ga\\_ | Cookie | Counts visits | 13 months, renewed on each visit | Required |',
      ],
      'Marketing cookies': [header('Cookie name(s)'), '| AdCo |  | ads | Cookie | Shows ads | 2 years | Required |'],
    });
  });

  it('keeps the seed page one `columns` away', () => {
    const markdown = renderPolicy(variedPolicy, { format: 'markdown', columns: SEED_COLUMNS });
    expect(tablesOf(markdown)['Cookies necessary for the website to function properly']).toEqual([
      "| Service provider's name | Function and location | Cookie name(s) | Purposes |",
      '| Acme | Login (shop, account and checkout) | session | Keeps you logged in |',
    ]);
  });

  it('writes the page in French, with the declarations\u2019 French texts', () => {
    const markdown = renderPolicy(variedPolicy, { format: 'markdown', locale: 'fr' });
    expect(markdown).toMatch(/^# Politique de cookies\n/);
    expect(tablesOf(markdown)['Cookies nécessaires au bon fonctionnement du site']).toContain(
      '| Acme | Connexion (boutique, compte et paiement) | session | Cookie | Vous garde connecté | session | Non requis : strictement nécessaire |',
    );
    expect(tablesOf(markdown)['Cookies et autres stockages de préférences']![0]).toContain('| Nom | Type |');
    expect(tablesOf(markdown)['Cookies de statistiques']).toContain(
      '| [Google](https://policies.example.org/privacy) |  | tout cookie commençant par \\_ga\\_ | Cookie | Compte les visites | 13 mois, renouvelée à chaque visite | Requis |',
    );
  });

  it('says how long storage without a duration lasts, and leaves out the columns nothing fills', () => {
    const policy = policyOf(
      { name: 'cart', storage: 'indexedDB', category: 'necessary', purpose: 'Keeps your cart' },
      { name: 'step', storage: 'sessionStorage', category: 'necessary', purpose: 'Remembers the checkout step', condition: 'Only during checkout' },
    );
    const rows = tablesOf(renderPolicy(policy, { format: 'markdown', locale: 'en' }))['Cookies and other storage necessary for the website to function properly'];
    expect(rows).toEqual([
      "| Service provider's name | Name | Type | Purposes | Duration | When | Consent |",
      '| Acme | cart | IndexedDB | Keeps your cart | until you clear your browser data |  | Not required: strictly necessary |',
      '| Acme | step | Session storage | Remembers the checkout step | until you close the browser tab | Only during checkout | Not required: strictly necessary |',
    ]);
    const withoutCondition = renderPolicy(policyOf({ name: 'a', category: 'necessary', purpose: 'x', duration: 'session' }), { format: 'markdown' });
    expect(tablesOf(withoutCondition)['Cookies necessary for the website to function properly']![0]).toBe("| Service provider's name | Cookie name(s) | Purposes | Duration | Consent |");
  });

  it('starts its headings at the level asked for', () => {
    const markdown = renderPolicy(variedPolicy, { format: 'markdown', headingLevel: 2, introduction: false });
    expect(markdown.split('\n').filter((line) => line.startsWith('#'))).toEqual([
      '## Cookies policy',
      '### Cookies and other storage used on <https://shop.example.com>',
      '#### Cookies necessary for the website to function properly',
      '#### Preference cookies and other storage',
      '#### Statistics cookies',
      '#### Marketing cookies',
    ]);
  });

  it('chooses columns by id, with headers of your own', () => {
    const markdown = renderPolicy(variedPolicy, {
      format: 'markdown',
      groupBy: 'none',
      introduction: false,
      columns: [{ id: 'provider', label: 'Supplier name' }, { id: 'names', label: 'Cookie name' }, 'duration', 'category', 'party', 'storage', 'domain', 'consent'],
    });
    expect(tablesOf(markdown)['Cookies and other storage used on <https://shop.example.com>']).toEqual([
      '| Supplier name | Cookie name | Duration | Category | Party | Type | Domain | Consent |',
      '| Acme | session | session | Necessary | First party | Cookie | shop.example.com | Not required: strictly necessary |',
      '| [Google](https://policies.example.org/privacy) | any cookie starting with \\_ga\\_ | 13 months, renewed on each visit | Statistics | Third party | Cookie | example.com | Required |',
      '| Acme | any local storage key ending with \\_seen | 1 day | Preferences | First party | Local storage | shop.example.com | Required |',
      '| AdCo | ads | 2 years | Marketing | Third party | Cookie | ads.example.net | Required |',
    ]);
    expect(markdown).not.toContain('What is a cookie?');
  });

  it('groups by party and by provider, in a stable order', () => {
    expect(Object.keys(tablesOf(renderPolicy(variedPolicy, { format: 'markdown', groupBy: 'party' })))).toEqual(['First-party cookies and other storage', 'Third-party cookies']);
    expect(Object.keys(tablesOf(renderPolicy(variedPolicy, { format: 'markdown', groupBy: 'provider' })))).toEqual([
      'Cookies and other storage of Acme',
      'Cookies set by Google',
      'Cookies set by AdCo',
    ]);
  });

  it('says so when nothing is declared', () => {
    const markdown = renderPolicy(policyOf(), { format: 'markdown', introduction: false });
    expect(markdown).toContain('This website stores nothing on your device.');
    expect(markdown).not.toContain('| ---');
  });

  it('gives byte-identical output for the same input', () => {
    for (const format of ['markdown', 'html', 'json', 'csv'] as const) {
      expect(renderPolicy(variedPolicy, { format, locale: 'fr' })).toBe(renderPolicy(variedPolicy, { format, locale: 'fr' }));
    }
  });
});
