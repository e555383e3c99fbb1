import { type Duration, type DurationUnit, SECONDS_PER_UNIT, toSeconds } from '@cookie-ledger/core';
import type { TSESTree } from '@typescript-eslint/utils';
import type { LifetimeUnit } from '../sinks/types.js';
import { type ModuleContext, unwrapExpression } from '../names/bindings.js';
import { resolveDateOffset, resolveNumber } from './resolveNumber.js';
import { getKnownText } from '../names/stringShape.js';
import { resolveString } from '../names/resolveString.js';

const MILLISECONDS_PER_SECOND = 1000;

/** vue-cookies duration strings (`'7d'`, `'30min'`, `'1y'`): its suffixes in core's units. */
const VUE_COOKIES_SUFFIXES: Readonly<Record<string, DurationUnit>> = { y: 'years', m: 'months', d: 'days', h: 'hours', min: 'minutes', s: 'seconds' };

/** tiny-cookie duration strings (`'1Y'`, `'6M'`, `'7D'`, `'12h'`, `'30m'`, `'10s'`): case matters, `M` is months and `m` minutes. */
const TINY_COOKIE_SUFFIXES: Readonly<Record<string, DurationUnit>> = { Y: 'years', M: 'months', D: 'days', h: 'hours', m: 'minutes', s: 'seconds' };

/**
 * The lifetime in seconds that a lifetime option sets, read in the library's unit (the
 * catalogue's `OptionsSpec.units`), or undefined when it cannot be known statically.
 */
export function readLifetimeSeconds(value: TSESTree.Node, unit: LifetimeUnit, module: ModuleContext): number | undefined {
  const node = unwrapExpression(value);
  const isDate = node.type === 'NewExpression';
  switch (unit) {
    case 'milliseconds':
      return fromMilliseconds(resolveNumber(node, module));
    case 'seconds':
      return resolveNumber(node, module);
    case 'days': {
      if (isDate) return fromMilliseconds(resolveDateOffset(node, module));
      const days = resolveNumber(node, module);
      return days === undefined ? undefined : days * SECONDS_PER_UNIT.days;
    }
    case 'date':
      return fromMilliseconds(resolveDateOffset(node, module));
    case 'epoch-milliseconds':
      return fromMilliseconds(resolveDateOffset(node, module, true));
    case 'vue-cookies': {
      if (isDate) return fromMilliseconds(resolveDateOffset(node, module));
      const text = getKnownText(resolveString(node, module)[0] ?? [null]);
      const written = text === undefined ? undefined : /^(\d+(?:\.\d+)?)(y|m|d|h|min|s)$/i.exec(text.trim());
      if (written) return Number(written[1]) * SECONDS_PER_UNIT[VUE_COOKIES_SUFFIXES[written[2]!.toLowerCase()]!];
      return resolveNumber(node, module);
    }
    case 'tiny-cookie': {
      if (isDate) return fromMilliseconds(resolveDateOffset(node, module));
      const text = getKnownText(resolveString(node, module)[0] ?? [null]);
      const written = text === undefined ? undefined : /^(\d+)([YMDhms])$/.exec(text.trim());
      if (written) return Number(written[1]) * SECONDS_PER_UNIT[TINY_COOKIE_SUFFIXES[written[2]!]!];
      const days = resolveNumber(node, module);
      return days === undefined ? undefined : days * SECONDS_PER_UNIT.days;
    }
    default:
      return undefined;
  }
}

function fromMilliseconds(milliseconds: number | undefined): number | undefined {
  return milliseconds === undefined ? undefined : milliseconds / MILLISECONDS_PER_SECOND;
}

/** The declared lifetime in seconds (0 for a session cookie). */
export function getDeclaredSeconds(duration: Duration): number {
  return toSeconds(duration);
}
