/**
 * Open Cookie Database platforms that are software a site runs itself (a web framework, a CMS,
 * a shop engine): their cookies are set by the site's own server, so the site's owner is their
 * provider and a dependency of the app writes them (`setBy: 'library'`), never a third party.
 */
export const SELF_HOSTED_PLATFORMS: ReadonlySet<string> = new Set([
  'ASP.net',
  'CakePHP',
  'CraftCMS',
  'Devise (Ruby on Rails)',
  'Django',
  'Drupal CMS',
  'Joomla!',
  'Laravel',
  'Magento',
  'Next',
  'Next.js',
  'NextAuth.js',
  'PHP.net',
  'phpMyAdmin',
  'Ruby on Rails',
  'TYPO3',
  'WooCommerce',
  'Wordpress',
  'WordPress',
]);
