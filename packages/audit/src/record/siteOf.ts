/** Second-level labels under which a country's registrable domains sit (`example.co.uk`). */
const SHARED_SECOND_LEVELS = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'ne', 'or', 'go']);

/**
 * The site a host belongs to, for telling first from third party: an IP address or a one-label
 * host (`localhost`) is its own site; otherwise the last two labels, or three under a country's
 * shared second level (`example.co.uk`). An approximation of the Public Suffix List that keeps
 * the audit free of a list to download.
 */
export function siteOf(host: string): string {
  const bare = host.toLowerCase().replace(/^\./, '').replace(/\.$/, '');
  if (/^[\d.]+$/.test(bare) || bare.includes(':') || !bare.includes('.')) return bare;
  const labels = bare.split('.');
  const take = labels.length >= 3 && labels.at(-1)!.length === 2 && SHARED_SECOND_LEVELS.has(labels.at(-2)!) ? 3 : 2;
  return labels.slice(-take).join('.');
}
