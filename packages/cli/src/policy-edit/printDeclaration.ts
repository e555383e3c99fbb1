import type { CookieCategory, Duration, ProviderInfo, StorageKind } from '@cookie-ledger/core';

/** A declaration that `add` or `init` writes into a policy. */
export interface NewDeclaration {
  readonly name: string;
  readonly storage?: StorageKind;
  readonly provider?: string | ProviderInfo;
  readonly category: CookieCategory;
  readonly purpose: string;
  readonly duration?: Duration;
  /** A line written above the declaration, asking a person to check it. */
  readonly review?: string;
}

/** The source text of `defineCookie({...})` for a declaration, indented by `indent` with `unit` per level. */
export function printDeclaration(declaration: NewDeclaration, callee: string, style: { indent: string; unit: string; quote: "'" | '"' }): string {
  const { indent, unit, quote } = style;
  const string = (value: string): string => printString(value, quote);
  const value = (data: unknown): string => {
    if (typeof data === 'string') return string(data);
    if (typeof data === 'number' || typeof data === 'boolean') return String(data);
    const entries = Object.entries(data as Record<string, unknown>).filter(([, field]) => field !== undefined);
    return `{ ${entries.map(([key, field]) => `${key}: ${value(field)}`).join(', ')} }`;
  };
  const fields: [string, unknown][] = [
    ['name', declaration.name],
    ['storage', declaration.storage === 'cookie' ? undefined : declaration.storage],
    ['provider', declaration.provider],
    ['category', declaration.category],
    ['purpose', declaration.purpose],
    ['duration', declaration.duration],
  ];
  const lines = fields.filter(([, field]) => field !== undefined).map(([key, field]) => `${indent}${unit}${key}: ${value(field)},`);
  const review = declaration.review === undefined ? '' : `// ${declaration.review}\n${indent}`;
  return `${review}${callee}({\n${lines.join('\n')}\n${indent}})`;
}

/** A string literal in the file's quotes, with backslashes, those quotes and line breaks escaped. */
export function printString(value: string, quote: "'" | '"'): string {
  return quote + value.replace(/\\/g, '\\\\').replace(new RegExp(quote, 'g'), `\\${quote}`).replace(/\n/g, '\\n') + quote;
}
