import type { CookieAttributes, SameSite } from '@cookie-ledger/core';
import type { TSESTree } from '@typescript-eslint/utils';
import type { ModuleContext } from '../names/bindings.js';
import { getPropertyValue } from '../writes/objectLiteral.js';
import type { CookieWrite } from '../writes/cookieWrite.js';
import { readLifetimeSeconds } from './lifetime.js';
import { readCookieStringAttributes } from './cookieStringAttributes.js';
import { resolveString } from '../names/resolveString.js';
import { getKnownText } from '../names/stringShape.js';

/** An attribute value a write sets, and whether it is the library's default (the option is left out). */
export interface Written<T> {
  readonly value: T;
  readonly defaulted: boolean;
}

/** What a write is statically known to set; an attribute left undefined is not known. */
export interface WrittenAttributes {
  /** The lifetime in seconds, when the write sets one that can be read. */
  readonly lifetime?: { readonly seconds: number; readonly option: string };
  readonly httpOnly?: Written<boolean>;
  readonly secure?: Written<boolean>;
  readonly partitioned?: Written<boolean>;
  /** `false`: no SameSite attribute at all. */
  readonly sameSite?: Written<SameSite | false>;
  readonly domain?: Written<string>;
  readonly path?: Written<string>;
}

/** The flags a left-out option turns off (unless the library's defaults say otherwise). */
export const FLAG_ATTRIBUTES = ['httpOnly', 'secure', 'partitioned'] as const;
const SAME_SITE_VALUES: readonly string[] = ['strict', 'lax', 'none'];

type OptionValue = TSESTree.Node | 'absent' | 'unknown';

/** Reads the attributes of a write from its options (in its library's units) or from its cookie string. */
export function readWrittenAttributes(write: CookieWrite): WrittenAttributes {
  const module = write.module;
  if (!module) return {};
  if (write.cookieString) return readCookieStringAttributes(write.cookieString, module);
  const options = write.options;
  if (!options || options.opaque) return {};
  const hasSpread = options.object?.type === 'ObjectExpression' && options.object.properties.some((property) => property.type === 'SpreadElement');
  const valueOf = (key: string): OptionValue => {
    const node = options.object?.type === 'ObjectExpression' ? getPropertyValue(options.object, key) : options.positional?.get(key);
    if (node) return node;
    return hasSpread ? 'unknown' : 'absent';
  };
  const defaults: CookieAttributes = options.spec.defaults ?? {};
  const result: { -readonly [K in keyof WrittenAttributes]: WrittenAttributes[K] } = {};
  for (const [option, unit] of Object.entries(options.spec.units)) {
    const value = valueOf(option);
    if (value === 'absent') continue;
    const seconds = value === 'unknown' ? undefined : readLifetimeSeconds(value, unit, module);
    if (seconds !== undefined) result.lifetime = { seconds, option };
    break;
  }
  for (const flag of FLAG_ATTRIBUTES) {
    const value = valueOf(flag);
    if (value === 'absent') result[flag] = { value: defaults[flag] ?? false, defaulted: true };
    else if (value !== 'unknown') {
      const text = readText(value, module);
      if (text === 'true' || text === 'false') result[flag] = { value: text === 'true', defaulted: false };
    }
  }
  const sameSite = valueOf('sameSite');
  if (sameSite === 'absent') {
    if (defaults.sameSite) result.sameSite = { value: defaults.sameSite, defaulted: true };
  } else if (sameSite !== 'unknown') {
    const text = readText(sameSite, module)?.toLowerCase();
    if (text === 'true') result.sameSite = { value: 'strict', defaulted: false };
    else if (text === 'false') result.sameSite = { value: false, defaulted: false };
    else if (text !== undefined && SAME_SITE_VALUES.includes(text)) result.sameSite = { value: text as SameSite, defaulted: false };
  }
  for (const key of ['domain', 'path'] as const) {
    const value = valueOf(key);
    if (value === 'absent') {
      const fallback = defaults[key];
      if (fallback !== undefined) result[key] = { value: fallback, defaulted: true };
    } else if (value !== 'unknown') {
      const text = readText(value, module);
      if (text !== undefined) result[key] = { value: text, defaulted: false };
    }
  }
  return result;
}

function readText(node: TSESTree.Node, module: ModuleContext): string | undefined {
  const shapes = resolveString(node, module);
  return shapes.length === 1 ? getKnownText(shapes[0]!) : undefined;
}
