import { cookiePreferences } from '../cookies.js';

/** What the visitor accepted in the banner. */
export interface CookieChoices {
  readonly statistics: boolean;
}

const SIX_MONTHS_SECONDS = 6 * 30 * 24 * 60 * 60;

/** Remembers the visitor's choices, so the banner is not shown again for six months. */
export function saveChoices(choices: CookieChoices): void {
  const value = encodeURIComponent(JSON.stringify(choices));
  document.cookie = `cookies_preferences=${value}; Max-Age=${SIX_MONTHS_SECONDS}; Path=/; Secure; SameSite=Lax`;
}

/** The choices saved earlier, or undefined when the visitor has not answered yet. */
export function readChoices(): CookieChoices | undefined {
  const prefix = `${cookiePreferences.name}=`;
  const entry = document.cookie.split('; ').find((part) => part.startsWith(prefix));
  return entry === undefined ? undefined : (JSON.parse(decodeURIComponent(entry.slice(prefix.length))) as CookieChoices);
}

/** Shows the banner when the visitor has not chosen yet. */
export function mountConsentBanner(root: HTMLElement): void {
  if (readChoices()) return;
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
