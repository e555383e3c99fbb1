import type { CookieAttributes, CookieCategory, Duration, ProviderInfo, SetBy, StorageKind } from '@cookie-ledger/core';

/** A declaration that `add` or `init` writes into a policy. */
export interface NewDeclaration {
  readonly name: string;
  readonly storage?: StorageKind;
  readonly provider?: string | ProviderInfo;
  /** A category, or a TODO text that validation rejects until a person chooses one. */
  readonly category: CookieCategory | `TODO${string}`;
  /** One text, or one per locale. */
  readonly purpose: string | Readonly<Record<string, string>>;
  readonly duration?: Duration;
  readonly attributes?: CookieAttributes;
  readonly setBy?: SetBy;
  /** A line written above the declaration, asking a person to check it. */
  readonly review?: string;
}

/** How the file writes code: the indentation of the call, one level of indentation, its quotes. */
export interface PrintStyle {
  readonly indent: string;
  readonly unit: string;
  readonly quote: "'" | '"';
}

const FIELDS = ['name', 'storage', 'provider', 'category', 'purpose', 'duration', 'attributes', 'setBy'] as const;

/** The source text of `defineCookie({...})` for a declaration, one field a line; the review line is not included. */
export function printDeclaration(declaration: NewDeclaration, callee: string, style: PrintStyle): string {
  const { indent, unit, quote } = style;
  const value = (data: unknown): string => {
    if (typeof data === 'string') return printString(data, quote);
    if (typeof data === 'number' || typeof data === 'boolean') return String(data);
    const entries = Object.entries(data as Record<string, unknown>).filter(([, field]) => field !== undefined);
    return `{ ${entries.map(([key, field]) => `${printKey(key, quote)}: ${value(field)}`).join(', ')} }`;
  };
  const shown = { ...declaration, storage: declaration.storage === 'cookie' ? undefined : declaration.storage };
  const lines = FIELDS.filter((key) => shown[key] !== undefined).map((key) => `${indent}${unit}${key}: ${value(shown[key])},`);
  return `${callee}({\n${lines.join('\n')}\n${indent}})`;
}

/** The review line written above a declaration, or nothing. */
export function printReview(declaration: NewDeclaration, indent: string): string {
  return declaration.review === undefined ? '' : `// ${declaration.review}\n${indent}`;
}

/** A string literal in the file's quotes, with backslashes, those quotes and line breaks escaped. */
export function printString(value: string, quote: "'" | '"'): string {
  return quote + value.replace(/\\/g, '\\\\').replace(new RegExp(quote, 'g'), `\\${quote}`).replace(/\n/g, '\\n') + quote;
}

/** An object key: bare when it is an identifier (`en`), quoted otherwise (`'fr-CA'`). */
function printKey(key: string, quote: "'" | '"'): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : printString(key, quote);
}
