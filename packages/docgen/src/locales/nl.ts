import type { DocgenLocale } from './DocgenLocale.js';

/** Dutch. */
export const nl: DocgenLocale = {
  code: 'nl',
  title: 'Cookiebeleid',
  introduction: [
    '{owner} gebruikt cookies en vergelijkbare technieken op {site} zodat de website goed werkt en uw keuzes onthoudt. Deze pagina somt ze allemaal op: wie ze plaatst, waarom en hoelang.',
  ],
  introductionSections: [
    {
      id: 'what-is-a-cookie',
      heading: 'Wat is een cookie?',
      paragraphs: [
        'Een cookie is een klein gegeven met een naam, dat een website die u bezoekt door uw browser laat bewaren. Uw browser bewaart het een bepaalde tijd en stuurt het bij elk volgend bezoek terug naar de website. Cookies hebben veel toepassingen: onthouden dat u bent ingelogd, wat er in uw winkelwagen zit of welke taal u kiest, of uw browser herkennen om het bezoek te meten of advertenties gericht te tonen.',
        'Een website kan ook gegevens bewaren in de lokale opslag, de sessieopslag of de IndexedDB-database van uw browser. Deze pagina somt die ook op.',
      ],
    },
    {
      id: 'kinds-of-cookies',
      heading: 'Soorten cookies',
      paragraphs: ['Cookies verschillen in waarvoor ze dienen en in wie ze plaatst:'],
      items: [
        '„Noodzakelijke” cookies bewaren informatie tussen twee pagina’s of twee bezoeken zodat de website werkt: een login, een winkelwagen, een beveiligingstoken. Ze vereisen uw toestemming niet.',
        '„Voorkeurs”cookies onthouden keuzes die u hebt gemaakt, zoals uw taal of de weergave die u verkiest.',
        '„Statistische” cookies meten hoe bezoekers de website gebruiken. Als de statistieken anoniem zijn en alleen de website zelf dienen, kan de wet ze van toestemming vrijstellen.',
        '„Marketing”cookies volgen uw surfgedrag om u advertenties te tonen of die te meten.',
        '„Eigen” (first-party) cookies worden geplaatst door de website die u bezoekt.',
        'Cookies „van derden” worden door (of voor) een ander bedrijf geplaatst op de website die u bezoekt. Daarmee kan dat bedrijf zien welke pagina’s u bezoekt en informatie over u verzamelen.',
      ],
    },
    {
      id: 'your-consent',
      heading: 'Uw toestemming',
      paragraphs: [
        'Noodzakelijke cookies, en de enkele andere die de wet vrijstelt, worden geplaatst zonder het u te vragen. Elke andere cookie wordt pas geplaatst nadat u ermee hebt ingestemd, en u kunt uw toestemming op elk moment intrekken, even gemakkelijk als u die gaf.',
      ],
    },
  ],
  cookiesUsedHeading: 'Cookies die {site} gebruikt',
  thisWebsite: 'deze website',
  noCookies: 'Deze website bewaart niets op uw apparaat.',
  columns: {
    provider: 'Naam van de aanbieder',
    'feature-and-locations': 'Functie en plaats',
    names: 'Naam/namen van de cookie',
    purpose: 'Doeleinden',
    duration: 'Bewaartermijn',
    condition: 'Wanneer',
    category: 'Categorie',
    party: 'Herkomst',
    storage: 'Type',
    domain: 'Domein',
    consent: 'Toestemming',
  },
  categories: {
    necessary: { name: 'Noodzakelijk', heading: 'Cookies die nodig zijn om de website goed te laten werken' },
    preferences: { name: 'Voorkeuren', heading: 'Voorkeurscookies' },
    statistics: { name: 'Statistieken', heading: 'Statistische cookies' },
    marketing: { name: 'Marketing', heading: 'Marketingcookies' },
  },
  parties: {
    first: { name: 'Eigen', heading: 'Eigen cookies' },
    third: { name: 'Derde partij', heading: 'Cookies van derden' },
  },
  storages: {
    cookie: { name: 'Cookie', anyItem: 'elke cookie' },
    localStorage: { name: 'Lokale opslag', anyItem: 'elke sleutel in de lokale opslag' },
    sessionStorage: { name: 'Sessieopslag', anyItem: 'elke sleutel in de sessieopslag' },
    indexedDB: { name: 'IndexedDB', anyItem: 'elke IndexedDB-database' },
  },
  providerHeading: 'Cookies geplaatst door {provider}',
  withStorage: {
    names: 'Naam',
    cookiesUsedHeading: 'Cookies en andere opslag die {site} gebruikt',
    providerHeading: 'Cookies en andere opslag van {provider}',
    categories: {
      necessary: 'Cookies en andere opslag die nodig zijn om de website goed te laten werken',
      preferences: 'Voorkeurscookies en andere opslag',
      statistics: 'Statistische cookies en andere opslag',
      marketing: 'Marketingcookies en andere opslag',
    },
    parties: { first: 'Eigen cookies en andere opslag', third: 'Cookies en andere opslag van derden' },
  },
  patterns: {
    prefix: '{anyItem} waarvan de naam begint met {value}',
    suffix: '{anyItem} waarvan de naam eindigt op {value}',
    regex: '{anyItem} waarvan de naam overeenkomt met {value}',
  },
  units: {
    seconds: { one: 'seconde', other: 'seconden' },
    minutes: { one: 'minuut', other: 'minuten' },
    hours: { one: 'uur', other: 'uur' },
    days: { one: 'dag', other: 'dagen' },
    weeks: { one: 'week', other: 'weken' },
    months: { one: 'maand', other: 'maanden' },
    years: { one: 'jaar', other: 'jaar' },
  },
  durations: {
    session: 'sessie',
    refreshed: '{duration}, bij elk bezoek verlengd',
    untilCleared: 'tot u uw browsergegevens wist',
    untilTabClosed: 'tot u het browsertabblad sluit',
  },
  featureWithLocations: '{feature} ({locations})',
  list: { separator: ', ', lastSeparator: ' en ' },
  consent: { required: 'Vereist', exempt: 'Niet vereist: {exemption}' },
  exemptions: {
    'strictly-necessary': 'strikt noodzakelijk',
    'consent-choice': 'bewaart uw toestemmingskeuze',
    'audience-measurement': 'anonieme bezoekersmeting',
    communication: 'nodig om een communicatie te verzenden',
    statistics: 'statistieken om de website te verbeteren',
    appearance: 'weergave die u koos',
  },
};
