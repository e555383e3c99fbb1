import type { DocgenLocale } from './DocgenLocale.js';

/** Italian. */
export const it: DocgenLocale = {
  code: 'it',
  title: 'Informativa sui cookie',
  introduction: [
    '{owner} utilizza cookie e tecnologie simili su {site} perché funzioni correttamente e ricordi le tue scelte. Questa pagina li elenca tutti: chi li imposta, perché e per quanto tempo.',
  ],
  introductionSections: [
    {
      id: 'what-is-a-cookie',
      heading: 'Che cos’è un cookie?',
      paragraphs: [
        'Un cookie è un piccolo dato, identificato da un nome, che un sito web che visiti chiede al tuo browser di conservare. Il browser lo conserva per un certo tempo e lo rimanda al sito a ogni visita successiva. I cookie hanno molti usi: ricordare che hai effettuato l’accesso, il contenuto di un carrello o la tua lingua, oppure identificare il tuo browser per misurare il pubblico o indirizzare la pubblicità.',
        'Un sito può anche conservare dati nella memoria locale, nella memoria di sessione o nel database IndexedDB del tuo browser. Questa pagina elenca anche questi.',
      ],
    },
    {
      id: 'kinds-of-cookies',
      heading: 'Tipi di cookie',
      paragraphs: ['I cookie si distinguono per la loro finalità e per chi li imposta:'],
      items: [
        'I cookie «necessari» conservano informazioni tra due pagine o due visite perché il sito funzioni: un accesso, un carrello, un token di sicurezza. Non richiedono il tuo consenso.',
        'I cookie di «preferenza» ricordano le scelte che hai fatto, come la lingua o la presentazione che preferisci.',
        'I cookie «statistici» misurano come i visitatori usano il sito. Quando le statistiche sono anonime e servono solo al sito stesso, la legge può esentarli dal consenso.',
        'I cookie di «marketing» seguono la tua navigazione per mostrarti pubblicità o per misurarla.',
        'I cookie «di prima parte» sono impostati dal sito che visiti.',
        'I cookie «di terze parti» sono impostati da (o per) un’altra azienda sul sito che visiti. Consentono a quell’azienda di vedere quali pagine visiti e di raccogliere informazioni su di te.',
      ],
    },
    {
      id: 'your-consent',
      heading: 'Il tuo consenso',
      paragraphs: [
        'I cookie necessari, e i pochi altri che la legge esenta, sono impostati senza chiedertelo. Qualsiasi altro cookie è impostato solo dopo che lo hai accettato, e puoi revocare il consenso in qualsiasi momento, con la stessa facilità con cui lo hai dato.',
      ],
    },
  ],
  cookiesUsedHeading: 'Cookie utilizzati su {site}',
  thisWebsite: 'questo sito',
  noCookies: 'Questo sito non memorizza nulla sul tuo dispositivo.',
  columns: {
    provider: 'Nome del fornitore',
    'feature-and-locations': 'Funzione e posizione',
    names: 'Nome/i del cookie',
    purpose: 'Finalità',
    duration: 'Durata',
    condition: 'Quando',
    category: 'Categoria',
    party: 'Origine',
    storage: 'Tipo',
    domain: 'Dominio',
    consent: 'Consenso',
  },
  categories: {
    necessary: { name: 'Necessario', heading: 'Cookie necessari al corretto funzionamento del sito' },
    preferences: { name: 'Preferenze', heading: 'Cookie di preferenza' },
    statistics: { name: 'Statistiche', heading: 'Cookie statistici' },
    marketing: { name: 'Marketing', heading: 'Cookie di marketing' },
  },
  parties: {
    first: { name: 'Prima parte', heading: 'Cookie di prima parte' },
    third: { name: 'Terza parte', heading: 'Cookie di terze parti' },
  },
  storages: {
    cookie: { name: 'Cookie', anyItem: 'qualsiasi cookie' },
    localStorage: { name: 'Memoria locale', anyItem: 'qualsiasi chiave della memoria locale' },
    sessionStorage: { name: 'Memoria di sessione', anyItem: 'qualsiasi chiave della memoria di sessione' },
    indexedDB: { name: 'IndexedDB', anyItem: 'qualsiasi database IndexedDB' },
  },
  providerHeading: 'Cookie impostati da {provider}',
  withStorage: {
    names: 'Nome',
    cookiesUsedHeading: 'Cookie e altre memorie utilizzati su {site}',
    providerHeading: 'Cookie e altre memorie di {provider}',
    categories: {
      necessary: 'Cookie e altre memorie necessari al corretto funzionamento del sito',
      preferences: 'Cookie e altre memorie di preferenza',
      statistics: 'Cookie e altre memorie statistici',
      marketing: 'Cookie e altre memorie di marketing',
    },
    parties: { first: 'Cookie e altre memorie di prima parte', third: 'Cookie e altre memorie di terze parti' },
  },
  patterns: {
    prefix: '{anyItem} il cui nome inizia con {value}',
    suffix: '{anyItem} il cui nome termina con {value}',
    regex: '{anyItem} il cui nome corrisponde a {value}',
  },
  units: {
    seconds: { one: 'secondo', other: 'secondi' },
    minutes: { one: 'minuto', other: 'minuti' },
    hours: { one: 'ora', other: 'ore' },
    days: { one: 'giorno', other: 'giorni' },
    weeks: { one: 'settimana', other: 'settimane' },
    months: { one: 'mese', other: 'mesi' },
    years: { one: 'anno', other: 'anni' },
  },
  durations: {
    session: 'sessione',
    refreshed: '{duration}, rinnovata a ogni visita',
    untilCleared: 'finché non cancelli i dati del browser',
    untilTabClosed: 'finché non chiudi la scheda del browser',
  },
  featureWithLocations: '{feature} ({locations})',
  list: { separator: ', ', lastSeparator: ' e ' },
  consent: { required: 'Richiesto', exempt: 'Non richiesto: {exemption}' },
  exemptions: {
    'strictly-necessary': 'strettamente necessario',
    'consent-choice': 'conserva la tua scelta sul consenso',
    'audience-measurement': 'misurazione anonima del pubblico',
    communication: 'necessario per trasmettere una comunicazione',
    statistics: 'statistiche per migliorare il sito',
    appearance: 'presentazione che hai scelto',
  },
};
