import { describe, expect, it } from 'vitest';
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
  it('writes the seed page layout: introduction, then one table per category, the seed columns by default', () => {
    const markdown = renderPolicy(variedPolicy, { format: 'markdown' });
    expect(markdown).toMatch(/^# Cookies policy\n\nAcme uses cookies .* on <https:\/\/shop\.example\.com>/);
    expect(markdown).toContain('## What is a cookie?');
    expect(markdown).toContain('## Cookies used on <https://shop.example.com>');
    expect(tablesOf(markdown)).toEqual({
      'Cookies necessary for the website to function properly': [
        "| Service provider's name | Function and location | Cookie name(s) | Purposes |",
        '| Acme | Login (shop, account and checkout) | session | Keeps you logged in |',
      ],
      'Preference cookies': [
        "| Service provider's name | Function and location | Cookie name(s) | Purposes |",
        '| Acme |  | any local storage key ending with \\_seen | Remembers which tips you closed |',
      ],
      'Statistics cookies': [
        "| Service provider's name | Function and location | Cookie name(s) | Purposes |",
        '| [Google](https://policies.example.org/privacy) |  | any cookie starting with \\_ga\\_ | Counts visits |',
      ],
      'Marketing cookies': ["| Service provider's name | Function and location | Cookie name(s) | Purposes |", '| AdCo |  | ads | Shows ads |'],
    });
  });

  it('writes the page in French, with the declarations\u2019 French texts', () => {
    const markdown = renderPolicy(variedPolicy, { format: 'markdown', locale: 'fr' });
    expect(markdown).toMatch(/^# Politique de cookies\n/);
    expect(tablesOf(markdown)['Cookies nécessaires au bon fonctionnement du site']).toContain(
      '| Acme | Connexion (boutique, compte et paiement) | session | Vous garde connecté |',
    );
    expect(tablesOf(markdown)['Cookies de statistiques']).toContain('| [Google](https://policies.example.org/privacy) |  | tout cookie commençant par \\_ga\\_ | Compte les visites |');
  });

  it('chooses columns by id, with headers of your own', () => {
    const markdown = renderPolicy(variedPolicy, {
      format: 'markdown',
      groupBy: 'none',
      introduction: false,
      columns: [{ id: 'provider', label: 'Supplier name' }, { id: 'names', label: 'Cookie name' }, 'duration', 'category', 'party', 'storage', 'domain', 'consent'],
    });
    expect(tablesOf(markdown)['Cookies used on <https://shop.example.com>']).toEqual([
      '| Supplier name | Cookie name | Duration | Category | Party | Storage | Domain | Consent |',
      '| Acme | session | session | Necessary | First party | Cookie | shop.example.com | Not required: strictly necessary |',
      '| [Google](https://policies.example.org/privacy) | any cookie starting with \\_ga\\_ | 13 months, renewed on each visit | Statistics | Third party | Cookie | example.com | Required |',
      '| Acme | any local storage key ending with \\_seen | 1 day | Preferences | First party | Local storage | shop.example.com | Required |',
      '| AdCo | ads | 2 years | Marketing | Third party | Cookie | ads.example.net | Required |',
    ]);
    expect(markdown).not.toContain('What is a cookie?');
  });

  it('groups by party and by provider, in a stable order', () => {
    expect(Object.keys(tablesOf(renderPolicy(variedPolicy, { format: 'markdown', groupBy: 'party' })))).toEqual(['First-party cookies', 'Third-party cookies']);
    expect(Object.keys(tablesOf(renderPolicy(variedPolicy, { format: 'markdown', groupBy: 'provider' })))).toEqual([
      'Cookies set by Acme',
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
