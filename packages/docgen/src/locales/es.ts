import type { DocgenLocale } from './DocgenLocale.js';

/** Spanish. */
export const es: DocgenLocale = {
  code: 'es',
  title: 'Política de cookies',
  introduction: [
    '{owner} utiliza cookies y tecnologías similares en {site} para que funcione correctamente y recuerde sus preferencias. Esta página las enumera todas: quién las instala, para qué y durante cuánto tiempo.',
  ],
  introductionSections: [
    {
      id: 'what-is-a-cookie',
      heading: '¿Qué es una cookie?',
      paragraphs: [
        'Una cookie es un pequeño dato, identificado por un nombre, que un sitio web que usted visita pide a su navegador que guarde. Su navegador la conserva durante un tiempo determinado y la devuelve al sitio web cada vez que usted vuelve a visitarlo. Las cookies tienen muchos usos: recordar que ha iniciado sesión, el contenido de un carrito de compra o su idioma, o identificar su navegador para medir la audiencia o dirigir la publicidad.',
        'Un sitio web también puede guardar datos en el almacenamiento local, el almacenamiento de sesión o la base de datos IndexedDB de su navegador. Esta página también los enumera.',
      ],
    },
    {
      id: 'kinds-of-cookies',
      heading: 'Tipos de cookies',
      paragraphs: ['Las cookies se distinguen por su finalidad y por quién las instala:'],
      items: [
        'Las cookies «necesarias» conservan información entre dos páginas o dos visitas para que el sitio web funcione: un inicio de sesión, un carrito de compra, un token de seguridad. No requieren su consentimiento.',
        'Las cookies de «preferencias» recuerdan las elecciones que ha hecho, como su idioma o la presentación que prefiere.',
        'Las cookies de «estadísticas» miden cómo usan los visitantes el sitio web. Cuando las estadísticas son anónimas y solo las usa el propio sitio, la ley puede eximirlas del consentimiento.',
        'Las cookies de «marketing» siguen su navegación para mostrarle publicidad o medirla.',
        'Las cookies «propias» las instala el sitio web que usted visita.',
        'Las cookies «de terceros» las instala otra empresa (o se instalan para ella) en el sitio web que usted visita. Permiten a esa empresa ver qué páginas visita y recopilar información sobre usted.',
      ],
    },
    {
      id: 'your-consent',
      heading: 'Su consentimiento',
      paragraphs: [
        'Las cookies necesarias, y las pocas otras que la ley exime, se instalan sin preguntarle. Cualquier otra cookie solo se instala después de que usted la haya aceptado, y puede retirar su consentimiento en cualquier momento, tan fácilmente como lo dio.',
      ],
    },
  ],
  cookiesUsedHeading: 'Cookies utilizadas en {site}',
  thisWebsite: 'este sitio web',
  noCookies: 'Este sitio web no guarda nada en su dispositivo.',
  columns: {
    provider: 'Nombre del proveedor',
    'feature-and-locations': 'Función y ubicación',
    names: 'Nombre(s) de la cookie',
    purpose: 'Finalidades',
    duration: 'Duración',
    condition: 'Cuándo',
    category: 'Categoría',
    party: 'Origen',
    storage: 'Tipo',
    domain: 'Dominio',
    consent: 'Consentimiento',
  },
  categories: {
    necessary: { name: 'Necesaria', heading: 'Cookies necesarias para el correcto funcionamiento del sitio web' },
    preferences: { name: 'Preferencias', heading: 'Cookies de preferencias' },
    statistics: { name: 'Estadísticas', heading: 'Cookies de estadísticas' },
    marketing: { name: 'Marketing', heading: 'Cookies de marketing' },
  },
  parties: {
    first: { name: 'Propia', heading: 'Cookies propias' },
    third: { name: 'De terceros', heading: 'Cookies de terceros' },
  },
  storages: {
    cookie: { name: 'Cookie', anyItem: 'cualquier cookie' },
    localStorage: { name: 'Almacenamiento local', anyItem: 'cualquier clave del almacenamiento local' },
    sessionStorage: { name: 'Almacenamiento de sesión', anyItem: 'cualquier clave del almacenamiento de sesión' },
    indexedDB: { name: 'IndexedDB', anyItem: 'cualquier base de datos IndexedDB' },
  },
  providerHeading: 'Cookies instaladas por {provider}',
  withStorage: {
    names: 'Nombre',
    cookiesUsedHeading: 'Cookies y otros almacenamientos utilizados en {site}',
    providerHeading: 'Cookies y otros almacenamientos de {provider}',
    categories: {
      necessary: 'Cookies y otros almacenamientos necesarios para el correcto funcionamiento del sitio web',
      preferences: 'Cookies y otros almacenamientos de preferencias',
      statistics: 'Cookies y otros almacenamientos de estadísticas',
      marketing: 'Cookies y otros almacenamientos de marketing',
    },
    parties: { first: 'Cookies y otros almacenamientos propios', third: 'Cookies y otros almacenamientos de terceros' },
  },
  patterns: {
    prefix: '{anyItem} cuyo nombre empieza por {value}',
    suffix: '{anyItem} cuyo nombre termina en {value}',
    regex: '{anyItem} cuyo nombre coincide con {value}',
  },
  units: {
    seconds: { one: 'segundo', other: 'segundos' },
    minutes: { one: 'minuto', other: 'minutos' },
    hours: { one: 'hora', other: 'horas' },
    days: { one: 'día', other: 'días' },
    weeks: { one: 'semana', other: 'semanas' },
    months: { one: 'mes', other: 'meses' },
    years: { one: 'año', other: 'años' },
  },
  durations: {
    session: 'sesión',
    refreshed: '{duration}, renovada en cada visita',
    untilCleared: 'hasta que borre los datos de su navegador',
    untilTabClosed: 'hasta que cierre la pestaña del navegador',
  },
  featureWithLocations: '{feature} ({locations})',
  list: { separator: ', ', lastSeparator: ' y ' },
  consent: { required: 'Necesario', exempt: 'No necesario: {exemption}' },
  exemptions: {
    'strictly-necessary': 'estrictamente necesaria',
    'consent-choice': 'guarda su elección de consentimiento',
    'audience-measurement': 'medición de audiencia anónima',
    communication: 'necesaria para transmitir una comunicación',
    statistics: 'estadísticas para mejorar el sitio web',
    appearance: 'presentación que usted eligió',
  },
};
