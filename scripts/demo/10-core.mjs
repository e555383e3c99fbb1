// The policy as core builds it when the module runs, and core's validation of a broken copy.
import { pathToFileURL } from 'node:url';
import { requiresConsent, toSeconds, validatePolicy } from '@cookie-ledger/core';

export default async function coreStep({ example, heading }) {
  heading('The policy of the example app (docs/examples/opendatasoft-portal/src/cookies.ts)');
  const { default: policy } = await import(pathToFileURL(`${example}/dist/cookies.js`).href);
  console.log(`owner ${policy.owner}, site ${policy.site}, locales ${policy.locales.join(', ')}`);
  console.table(
    policy.cookies.map((cookie) => ({
      name: String(cookie.name),
      category: cookie.category,
      party: cookie.party,
      consent: requiresConsent(cookie) ? 'required' : 'exempt',
      seconds: cookie.duration ? toSeconds(cookie.duration) : '-',
    })),
  );
  console.log(`policy.match('csrftoken') -> ${policy.match('csrftoken')?.name}; policy.match('_ga_X1') -> ${policy.match('_ga_X1')?.name}`);

  heading('core: validatePolicy on a copy with mistakes');
  const declarations = policy.cookies.map(({ storage: _s, party: _p, setBy: _b, ...declaration }) => declaration);
  const broken = {
    owner: policy.owner,
    locales: policy.locales,
    cookies: [
      ...declarations,
      {
        name: '_ga_*',
        category: 'statistics',
        purpose: { en: 'Audience statistics' },
        consent: { exempt: 'audience-measurement' },
        provider: 'Google',
        duration: { months: 25, refresh: true },
      },
      { name: 'csrftoken', category: 'necessary', purpose: 'A second declaration of the same name' },
    ],
  };
  for (const issue of validatePolicy(broken)) console.log(`  ${issue.code.padEnd(30)} ${issue.path}\n      ${issue.message}`);
}
