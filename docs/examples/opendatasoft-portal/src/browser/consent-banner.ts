import { jar } from './jar.js';

/** What the visitor accepted in the banner. */
export interface CookieChoices {
  readonly statistics: boolean;
}

/**
 * Remembers the visitor's choices, so the banner is not shown again for six months (the jar
 * applies the declared lifetime and attributes), and hands them to the jar's consent gate.
 */
export function saveChoices(choices: CookieChoices): void {
  jar.set('cookies_preferences', JSON.stringify(choices));
  jar.consent.update(choices);
}

/** The choices saved earlier, or undefined when the visitor has not answered yet. */
export function readChoices(): CookieChoices | undefined {
  const saved = jar.get('cookies_preferences');
  return saved === undefined ? undefined : (JSON.parse(saved) as CookieChoices);
}

/** Shows the banner when the visitor has not chosen yet; applies the saved choices otherwise. */
export function mountConsentBanner(root: HTMLElement): void {
  const saved = readChoices();
  if (saved) {
    jar.consent.update(saved);
    return;
  }
  const banner = document.createElement('div');
  banner.className = 'consent-banner';
  banner.innerHTML = '<p>This portal uses cookies.</p><button data-accept>Accept</button><button data-refuse>Refuse</button>';
  banner.querySelector('[data-accept]')?.addEventListener('click', () => {
    saveChoices({ statistics: true });
    banner.remove();
  });
  banner.querySelector('[data-refuse]')?.addEventListener('click', () => {
    saveChoices({ statistics: false });
    banner.remove();
  });
  root.append(banner);
}
