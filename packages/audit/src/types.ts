import type { SameSite, StorageKind } from '@cookie-ledger/core';
import type { FindingCode } from './check/findingCodes.js';

/** The three moments of a visit the audit compares, each in a fresh browser context. */
export const AUDIT_STATES = ['before-consent', 'after-accept', 'after-reject'] as const;

/** `before-consent` (no click), `after-accept` (the accept control clicked), `after-reject`. */
export type AuditState = (typeof AUDIT_STATES)[number];

/** One item the browser held at the end of a state: a cookie, a Web Storage key, an IndexedDB database. */
export interface SeenItem {
  readonly name: string;
  readonly storage: StorageKind;
  /** A cookie's domain as the browser holds it (`.example.com` for a domain cookie); for storage, the origin's host. */
  readonly domain: string;
  /** Cookies only. */
  readonly path?: string;
  /** Cookies only. */
  readonly httpOnly?: boolean;
  /** Cookies only. */
  readonly secure?: boolean;
  /** Cookies only; absent when the cookie was set without a `SameSite` attribute. */
  readonly sameSite?: SameSite;
  /** Cookies only: CHIPS, partitioned by top-level site. */
  readonly partitioned?: boolean;
  /** Cookies only: when it expires (Unix seconds), or `null` for a session cookie. */
  readonly expires?: number | null;
  /** Cookies only: seconds from when it was seen to when it expires, or `null` for a session cookie. */
  readonly lifetime?: number | null;
  /** Whether the item belongs to another site than the page it was seen on. */
  readonly thirdParty: boolean;
  /** The states it was present in, in the order of {@link AUDIT_STATES}. */
  readonly states: readonly AuditState[];
  /** The first page it was seen on. */
  readonly url: string;
  /** The first page it was seen on in each state it was present in. */
  readonly pages: Readonly<Partial<Record<AuditState, string>>>;
  /** Who wrote it: the script behind the `document.cookie` or `setItem` write, or the response whose `Set-Cookie` set it. */
  readonly initiator?: string;
  /** The declared name or pattern (`'_ga_*'`, `'/^_pk_id/'`) that covers it, if any. */
  readonly declaration?: string;
  /** Index of that declaration in `policy.cookies`. */
  readonly declarationIndex?: number;
}

/** One difference between what the browser stored and what the policy declares. */
export interface AuditFinding {
  readonly code: FindingCode;
  /** The item's name; for `not-seen`, the declared name or pattern. */
  readonly name: string;
  readonly storage: StorageKind;
  /** The state it was found in; `all` for `not-seen` (nothing matched in any state). */
  readonly state: AuditState | 'all';
  /** The page it was seen on; for `not-seen`, the first audited URL. */
  readonly url: string;
  readonly domain?: string;
  readonly initiator?: string;
  /** The declared name or pattern that covers the item. */
  readonly declaration?: string;
  /** Index of that declaration in `policy.cookies`, for tools that point at its source. */
  readonly declarationIndex?: number;
  /** One sentence: what is wrong, and both values where there are two. */
  readonly message: string;
}

/** What happened in one state. */
export interface StateSummary {
  readonly state: AuditState;
  /** Why the state was not run (`no --reject selector given`), when it was not. */
  readonly skipped?: string;
  /** Every page visited, in order. */
  readonly pages: readonly string[];
  /** Links found but not loaded, each with the browser's error. */
  readonly failed?: readonly { readonly url: string; readonly error: string }[];
}

/** The audit's result; its JSON form is what `--format json` writes and `audit merge` reads. */
export interface AuditReport {
  readonly findings: readonly AuditFinding[];
  readonly seen: readonly SeenItem[];
  readonly states: readonly StateSummary[];
}
