import type { DocgenLocale } from './DocgenLocale.js';

/** English. */
export const en: DocgenLocale = {
  code: 'en',
  title: 'Cookies policy',
  introduction: [
    '{owner} uses cookies and similar technologies on {site} so that it works properly and remembers your choices. This page lists each of them: who sets it, why, and for how long.',
  ],
  introductionSections: [
    {
      id: 'what-is-a-cookie',
      heading: 'What is a cookie?',
      paragraphs: [
        'A cookie is a small piece of data, identified by a name, that a website you visit asks your browser to store. Your browser keeps it for a certain time and sends it back to the website each time you visit it again. Cookies have many uses: remembering that you are logged in, the contents of a shopping cart or your language, or identifying your browser to measure audiences or to target advertising.',
        "A website can also keep data in your browser's local storage, session storage or IndexedDB database. This page lists those too.",
      ],
    },
    {
      id: 'kinds-of-cookies',
      heading: 'Kinds of cookies',
      paragraphs: ['Cookies are told apart by what they are for and by who sets them:'],
      items: [
        '“Necessary” cookies keep information between two pages or two visits so that the website works: a login, a shopping cart, a security token. They do not require your consent.',
        '“Preference” cookies remember choices you made, such as your language or the layout you prefer.',
        '“Statistics” cookies measure how visitors use the website. When the statistics are anonymous and used only by the website itself, the law may exempt them from consent.',
        '“Marketing” cookies follow your browsing to show you advertising or to measure it.',
        '“First-party” cookies are set by the website you visit.',
        '“Third-party” cookies are set by (or for) another company on the website you visit. They let that company see which pages you visit and collect information about you.',
      ],
    },
    {
      id: 'your-consent',
      heading: 'Your consent',
      paragraphs: [
        'Necessary cookies, and the few others that the law exempts, are set without asking you. Any other cookie is set only after you have agreed to it, and you can withdraw your consent at any time, as easily as you gave it.',
      ],
    },
  ],
  cookiesUsedHeading: 'Cookies used on {site}',
  thisWebsite: 'this website',
  noCookies: 'This website stores nothing on your device.',
  columns: {
    provider: "Service provider's name",
    'feature-and-locations': 'Function and location',
    names: 'Cookie name(s)',
    purpose: 'Purposes',
    duration: 'Duration',
    condition: 'When',
    category: 'Category',
    party: 'Party',
    storage: 'Type',
    domain: 'Domain',
    consent: 'Consent',
  },
  categories: {
    necessary: { name: 'Necessary', heading: 'Cookies necessary for the website to function properly' },
    preferences: { name: 'Preferences', heading: 'Preference cookies' },
    statistics: { name: 'Statistics', heading: 'Statistics cookies' },
    marketing: { name: 'Marketing', heading: 'Marketing cookies' },
  },
  parties: {
    first: { name: 'First party', heading: 'First-party cookies' },
    third: { name: 'Third party', heading: 'Third-party cookies' },
  },
  storages: {
    cookie: { name: 'Cookie', anyItem: 'any cookie' },
    localStorage: { name: 'Local storage', anyItem: 'any local storage key' },
    sessionStorage: { name: 'Session storage', anyItem: 'any session storage key' },
    indexedDB: { name: 'IndexedDB', anyItem: 'any IndexedDB database' },
  },
  providerHeading: 'Cookies set by {provider}',
  withStorage: {
    names: 'Name',
    cookiesUsedHeading: 'Cookies and other storage used on {site}',
    providerHeading: 'Cookies and other storage of {provider}',
    categories: {
      necessary: 'Cookies and other storage necessary for the website to function properly',
      preferences: 'Preference cookies and other storage',
      statistics: 'Statistics cookies and other storage',
      marketing: 'Marketing cookies and other storage',
    },
    parties: { first: 'First-party cookies and other storage', third: 'Third-party cookies and other storage' },
  },
  patterns: {
    prefix: '{anyItem} starting with {value}',
    suffix: '{anyItem} ending with {value}',
    regex: '{anyItem} matching {value}',
  },
  units: {
    seconds: { one: 'second', other: 'seconds' },
    minutes: { one: 'minute', other: 'minutes' },
    hours: { one: 'hour', other: 'hours' },
    days: { one: 'day', other: 'days' },
    weeks: { one: 'week', other: 'weeks' },
    months: { one: 'month', other: 'months' },
    years: { one: 'year', other: 'years' },
  },
  durations: {
    session: 'session',
    refreshed: '{duration}, renewed on each visit',
    untilCleared: 'until you clear your browser data',
    untilTabClosed: 'until you close the browser tab',
  },
  featureWithLocations: '{feature} ({locations})',
  list: { separator: ', ', lastSeparator: ' and ' },
  consent: { required: 'Required', exempt: 'Not required: {exemption}' },
  exemptions: {
    'strictly-necessary': 'strictly necessary',
    'consent-choice': 'stores your consent choice',
    'audience-measurement': 'anonymous audience measurement',
    communication: 'needed to transmit a communication',
    statistics: 'statistics to improve the website',
    appearance: 'appearance you chose',
  },
};
