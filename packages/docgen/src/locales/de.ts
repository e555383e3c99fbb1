import type { DocgenLocale } from './DocgenLocale.js';

/** German. */
export const de: DocgenLocale = {
  code: 'de',
  title: 'Cookie-Richtlinie',
  introduction: [
    '{owner} verwendet auf {site} Cookies und ähnliche Technologien, damit die Website richtig funktioniert und sich Ihre Entscheidungen merkt. Diese Seite führt jedes davon auf: wer es setzt, wozu und wie lange.',
  ],
  introductionSections: [
    {
      id: 'what-is-a-cookie',
      heading: 'Was ist ein Cookie?',
      paragraphs: [
        'Ein Cookie ist eine kleine, mit einem Namen versehene Datei, die eine von Ihnen besuchte Website in Ihrem Browser speichern lässt. Ihr Browser bewahrt sie eine bestimmte Zeit auf und sendet sie bei jedem weiteren Besuch an die Website zurück. Cookies haben viele Zwecke: sich merken, dass Sie angemeldet sind, was in Ihrem Warenkorb liegt oder welche Sprache Sie gewählt haben, oder Ihren Browser wiedererkennen, um Besucherzahlen zu messen oder Werbung gezielt auszuspielen.',
        'Eine Website kann Daten auch im lokalen Speicher, im Sitzungsspeicher oder in der IndexedDB-Datenbank Ihres Browsers ablegen. Diese Seite führt auch diese auf.',
      ],
    },
    {
      id: 'kinds-of-cookies',
      heading: 'Arten von Cookies',
      paragraphs: ['Cookies unterscheiden sich danach, wozu sie dienen und wer sie setzt:'],
      items: [
        '„Notwendige“ Cookies speichern Informationen zwischen zwei Seiten oder zwei Besuchen, damit die Website funktioniert: eine Anmeldung, einen Warenkorb, ein Sicherheitstoken. Sie erfordern Ihre Einwilligung nicht.',
        '„Präferenz“-Cookies merken sich Ihre Entscheidungen, etwa Ihre Sprache oder die Darstellung, die Sie bevorzugen.',
        '„Statistik“-Cookies messen, wie Besucher die Website nutzen. Sind die Statistiken anonym und dienen nur der Website selbst, kann das Gesetz sie von der Einwilligung ausnehmen.',
        '„Marketing“-Cookies verfolgen Ihr Surfverhalten, um Ihnen Werbung zu zeigen oder diese zu messen.',
        '„Erstanbieter“-Cookies werden von der besuchten Website selbst gesetzt.',
        '„Drittanbieter“-Cookies werden von (oder für) ein anderes Unternehmen auf der besuchten Website gesetzt. Damit kann dieses Unternehmen sehen, welche Seiten Sie aufrufen, und Informationen über Sie sammeln.',
      ],
    },
    {
      id: 'your-consent',
      heading: 'Ihre Einwilligung',
      paragraphs: [
        'Notwendige Cookies und die wenigen anderen, die das Gesetz ausnimmt, werden gesetzt, ohne Sie zu fragen. Jedes andere Cookie wird erst gesetzt, nachdem Sie zugestimmt haben, und Sie können Ihre Einwilligung jederzeit so einfach widerrufen, wie Sie sie erteilt haben.',
      ],
    },
  ],
  cookiesUsedHeading: 'Auf {site} verwendete Cookies',
  thisWebsite: 'dieser Website',
  noCookies: 'Diese Website speichert nichts auf Ihrem Gerät.',
  columns: {
    provider: 'Name des Anbieters',
    'feature-and-locations': 'Funktion und Ort',
    names: 'Name(n) des Cookies',
    purpose: 'Zwecke',
    duration: 'Speicherdauer',
    condition: 'Wann',
    category: 'Kategorie',
    party: 'Herkunft',
    storage: 'Typ',
    domain: 'Domain',
    consent: 'Einwilligung',
  },
  categories: {
    necessary: { name: 'Notwendig', heading: 'Für den Betrieb der Website notwendige Cookies' },
    preferences: { name: 'Präferenzen', heading: 'Präferenz-Cookies' },
    statistics: { name: 'Statistik', heading: 'Statistik-Cookies' },
    marketing: { name: 'Marketing', heading: 'Marketing-Cookies' },
  },
  parties: {
    first: { name: 'Erstanbieter', heading: 'Cookies von Erstanbietern' },
    third: { name: 'Drittanbieter', heading: 'Cookies von Drittanbietern' },
  },
  storages: {
    cookie: { name: 'Cookie', anyItem: 'jedes Cookie' },
    localStorage: { name: 'Lokaler Speicher', anyItem: 'jeder Schlüssel im lokalen Speicher' },
    sessionStorage: { name: 'Sitzungsspeicher', anyItem: 'jeder Schlüssel im Sitzungsspeicher' },
    indexedDB: { name: 'IndexedDB', anyItem: 'jede IndexedDB-Datenbank' },
  },
  providerHeading: 'Von {provider} gesetzte Cookies',
  withStorage: {
    names: 'Name',
    cookiesUsedHeading: 'Auf {site} verwendete Cookies und andere Speicher',
    providerHeading: 'Cookies und andere Speicher von {provider}',
    categories: {
      necessary: 'Für den Betrieb der Website notwendige Cookies und andere Speicher',
      preferences: 'Präferenz-Cookies und andere Speicher',
      statistics: 'Statistik-Cookies und andere Speicher',
      marketing: 'Marketing-Cookies und andere Speicher',
    },
    parties: { first: 'Cookies und andere Speicher von Erstanbietern', third: 'Cookies und andere Speicher von Drittanbietern' },
  },
  patterns: {
    prefix: '{anyItem} mit dem Namensanfang {value}',
    suffix: '{anyItem} mit dem Namensende {value}',
    regex: '{anyItem} mit einem Namen passend zu {value}',
  },
  units: {
    seconds: { one: 'Sekunde', other: 'Sekunden' },
    minutes: { one: 'Minute', other: 'Minuten' },
    hours: { one: 'Stunde', other: 'Stunden' },
    days: { one: 'Tag', other: 'Tage' },
    weeks: { one: 'Woche', other: 'Wochen' },
    months: { one: 'Monat', other: 'Monate' },
    years: { one: 'Jahr', other: 'Jahre' },
  },
  durations: {
    session: 'Sitzung',
    refreshed: '{duration}, bei jedem Besuch verlängert',
    untilCleared: 'bis Sie Ihre Browserdaten löschen',
    untilTabClosed: 'bis Sie den Browser-Tab schließen',
  },
  featureWithLocations: '{feature} ({locations})',
  list: { separator: ', ', lastSeparator: ' und ' },
  consent: { required: 'Erforderlich', exempt: 'Nicht erforderlich: {exemption}' },
  exemptions: {
    'strictly-necessary': 'unbedingt erforderlich',
    'consent-choice': 'speichert Ihre Einwilligungsentscheidung',
    'audience-measurement': 'anonyme Reichweitenmessung',
    communication: 'für die Übertragung einer Nachricht erforderlich',
    statistics: 'Statistik zur Verbesserung der Website',
    appearance: 'von Ihnen gewählte Darstellung',
  },
};
