/**
 * Every finding the audit reports: how serious it is and what it means. The codes are part of
 * the JSON report; `note` findings inform and never fail a run.
 */
export const FINDING_CODES = {
  undeclared: { severity: 'error', description: 'The browser stored an item that no declaration of the policy covers.' },
  'set-without-consent': {
    severity: 'error',
    description: 'An item whose declaration needs consent was present before consent was given, or after it was refused.',
  },
  'lifetime-longer': { severity: 'error', description: 'A cookie lives longer than its declared duration.' },
  'attributes-differ': { severity: 'error', description: "A cookie's httpOnly, secure, sameSite, domain, path or partitioned attribute contradicts its declaration." },
  'wrong-storage': { severity: 'error', description: 'An item is declared in one storage kind and was found in another.' },
  'not-seen': { severity: 'note', description: 'A declaration that nothing the browser stored matched, in any state: it may be stale.' },
} as const satisfies Record<string, { severity: 'error' | 'note'; description: string }>;

/** A finding code: `undeclared`, `set-without-consent`, `lifetime-longer`, `attributes-differ`, `wrong-storage`, `not-seen`. */
export type FindingCode = keyof typeof FINDING_CODES;

/** Whether a finding of this code fails the run (exit code 1). */
export function isFailing(code: FindingCode): boolean {
  return FINDING_CODES[code].severity === 'error';
}
