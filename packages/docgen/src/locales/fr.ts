import type { DocgenLocale } from './DocgenLocale.js';

/** French. */
export const fr: DocgenLocale = {
  code: 'fr',
  title: 'Politique de cookies',
  introduction: [
    '{owner} utilise des cookies et des technologies similaires sur {site} pour assurer son bon fonctionnement et mémoriser vos choix. Cette page les liste tous : qui les dépose, pourquoi et pour combien de temps.',
  ],
  introductionSections: [
    {
      id: 'what-is-a-cookie',
      heading: 'Qu’est-ce qu’un cookie ?',
      paragraphs: [
        'Un cookie est une petite donnée, identifiée par un nom, qu’un site web que vous visitez demande à votre navigateur de conserver. Votre navigateur la garde pendant une certaine durée et la renvoie au site à chacune de vos visites suivantes. Les cookies ont de nombreux usages : se souvenir que vous êtes connecté, du contenu d’un panier ou de votre langue, ou encore identifier votre navigateur pour mesurer l’audience ou cibler la publicité.',
        'Un site peut aussi conserver des données dans le stockage local, le stockage de session ou la base IndexedDB de votre navigateur. Cette page les liste également.',
      ],
    },
    {
      id: 'kinds-of-cookies',
      heading: 'Les différents types de cookies',
      paragraphs: ['On distingue les cookies selon leur finalité et selon qui les dépose :'],
      items: [
        'Les cookies « nécessaires » conservent des informations d’une page à l’autre ou entre deux visites pour que le site fonctionne : une connexion, un panier, un jeton de sécurité. Ils ne requièrent pas votre consentement.',
        'Les cookies de « préférences » mémorisent les choix que vous avez faits, comme votre langue ou la présentation que vous préférez.',
        'Les cookies de « statistiques » mesurent l’utilisation du site par ses visiteurs. Lorsque les statistiques sont anonymes et servent uniquement au site lui-même, la loi peut les dispenser de consentement.',
        'Les cookies « marketing » suivent votre navigation pour vous montrer de la publicité ou la mesurer.',
        'Les cookies « internes » ou « first-party » sont déposés par le site que vous visitez.',
        'Les cookies « tiers » sont déposés par (ou pour) une autre entreprise sur le site que vous visitez. Ils permettent à cette entreprise de voir les pages que vous consultez et de collecter des informations sur vous.',
      ],
    },
    {
      id: 'your-consent',
      heading: 'Votre consentement',
      paragraphs: [
        'Les cookies nécessaires, et les quelques autres que la loi dispense de consentement, sont déposés sans vous le demander. Tout autre cookie n’est déposé qu’après votre accord, et vous pouvez retirer votre consentement à tout moment, aussi simplement que vous l’avez donné.',
      ],
    },
  ],
  cookiesUsedHeading: 'Cookies utilisés sur {site}',
  thisWebsite: 'ce site',
  noCookies: 'Ce site ne stocke rien sur votre appareil.',
  columns: {
    provider: 'Nom du fournisseur de service',
    'feature-and-locations': 'Fonction et emplacement',
    names: 'Nom(s) du cookie',
    purpose: 'Finalités',
    duration: 'Durée',
    condition: 'Quand',
    category: 'Catégorie',
    party: 'Origine',
    storage: 'Type',
    domain: 'Domaine',
    consent: 'Consentement',
  },
  categories: {
    necessary: { name: 'Nécessaire', heading: 'Cookies nécessaires au bon fonctionnement du site' },
    preferences: { name: 'Préférences', heading: 'Cookies de préférences' },
    statistics: { name: 'Statistiques', heading: 'Cookies de statistiques' },
    marketing: { name: 'Marketing', heading: 'Cookies marketing' },
  },
  parties: {
    first: { name: 'Interne', heading: 'Cookies internes' },
    third: { name: 'Tiers', heading: 'Cookies tiers' },
  },
  storages: {
    cookie: { name: 'Cookie', anyItem: 'tout cookie' },
    localStorage: { name: 'Stockage local', anyItem: 'toute clé du stockage local' },
    sessionStorage: { name: 'Stockage de session', anyItem: 'toute clé du stockage de session' },
    indexedDB: { name: 'IndexedDB', anyItem: 'toute base IndexedDB' },
  },
  providerHeading: 'Cookies déposés par {provider}',
  withStorage: {
    names: 'Nom',
    cookiesUsedHeading: 'Cookies et autres stockages utilisés sur {site}',
    providerHeading: 'Cookies et autres stockages de {provider}',
    categories: {
      necessary: 'Cookies et autres stockages nécessaires au bon fonctionnement du site',
      preferences: 'Cookies et autres stockages de préférences',
      statistics: 'Cookies et autres stockages de statistiques',
      marketing: 'Cookies et autres stockages marketing',
    },
    parties: { first: 'Cookies et autres stockages internes', third: 'Cookies et autres stockages tiers' },
  },
  patterns: {
    prefix: '{anyItem} commençant par {value}',
    suffix: '{anyItem} se terminant par {value}',
    regex: '{anyItem} correspondant à {value}',
  },
  units: {
    seconds: { one: 'seconde', other: 'secondes' },
    minutes: { one: 'minute', other: 'minutes' },
    hours: { one: 'heure', other: 'heures' },
    days: { one: 'jour', other: 'jours' },
    weeks: { one: 'semaine', other: 'semaines' },
    months: { one: 'mois', other: 'mois' },
    years: { one: 'an', other: 'ans' },
  },
  durations: {
    session: 'session',
    refreshed: '{duration}, renouvelée à chaque visite',
    untilCleared: 'jusqu’à ce que vous effaciez les données de votre navigateur',
    untilTabClosed: 'jusqu’à la fermeture de l’onglet du navigateur',
  },
  featureWithLocations: '{feature} ({locations})',
  list: { separator: ', ', lastSeparator: ' et ' },
  consent: { required: 'Requis', exempt: 'Non requis : {exemption}' },
  exemptions: {
    'strictly-necessary': 'strictement nécessaire',
    'consent-choice': 'conserve votre choix de consentement',
    'audience-measurement': 'mesure d’audience anonyme',
    communication: 'nécessaire à la transmission d’une communication',
    statistics: 'statistiques pour améliorer le site',
    appearance: 'apparence que vous avez choisie',
  },
};
