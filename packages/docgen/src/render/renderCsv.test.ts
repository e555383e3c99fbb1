import { describe, expect, it } from 'vitest';
import { variedPolicy } from '../policies.fixture.js';
import { renderPolicy } from '../renderPolicy.js';

describe('renderPolicy, csv', () => {
  it('writes one row per declaration, every column by default, CRLF line ends', () => {
    const csv = renderPolicy(variedPolicy, { format: 'csv' });
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(variedPolicy.cookies.length + 2);
    expect(lines[0]).toBe("Service provider's name,Function and location,Name,Purposes,Duration,When,Category,Party,Type,Domain,Consent");
    expect(lines[1]).toBe('Acme,"Login (shop, account and checkout)",session,Keeps you logged in,session,,Necessary,First party,Cookie,shop.example.com,Not required: strictly necessary');
    expect(lines[2]).toBe('Google,,any cookie starting with _ga_,Counts visits,"13 months, renewed on each visit",,Statistics,Third party,Cookie,example.com,Required');
    expect(lines.at(-1)).toBe('');
  });

  it('keeps the chosen columns and locale', () => {
    expect(renderPolicy(variedPolicy, { format: 'csv', locale: 'fr', columns: ['names', 'duration'] })).toBe(
      'Nom,Durée\r\nsession,session\r\ntout cookie commençant par _ga_,"13 mois, renouvelée à chaque visite"\r\ntoute clé du stockage local se terminant par _seen,1 jour\r\nads,2 ans\r\n',
    );
  });
});
