import type { TSESTree } from '@typescript-eslint/utils';
import type { StorageKind } from '@cookie-ledger/core';
import type { KeyedByFactory } from '../sinks/types.js';
import { resolveString } from '../names/resolveString.js';
import { type StringShape, type StringShapes, concatShapes, mapKnownText, normalizeShape } from '../names/stringShape.js';
import type { WriteContext } from './collectWrites.js';
import { findFactoryCalls } from './factoryCall.js';
import { findObjectLiteral, getPropertyValue } from './objectLiteral.js';

/** Where an instance made by key-prefixing factories stores, and the text its keys start with. */
export interface KeyedInstance {
  readonly storage: StorageKind;
  readonly prefix: StringShapes;
}

const MAX_WRAPPERS = 8;

/**
 * The storages and key prefixes of the instance `receiver` stands for, following the factories
 * of `spec` that made it (`prefixStorage(storage, 'docs')` around `createStorage({ driver })`).
 * Empty when its root keeps nothing in the browser (no driver of `spec`), or was made out of sight.
 */
export function readKeyedInstances(receiver: TSESTree.Node, spec: KeyedByFactory, context: WriteContext, depth = 0): KeyedInstance[] {
  if (depth > MAX_WRAPPERS) return [];
  const wrapped = spec.wrappers.flatMap((wrapper) =>
    findFactoryCalls(receiver, wrapper.callee, context).flatMap(({ args, context: at }) => {
      const inner = args[wrapper.instanceArgument];
      const prefix = args[wrapper.prefixArgument];
      if (!inner || !prefix) return [];
      const part = withSeparator(normalizeKeyShapes(resolveString(prefix, at.module, at.readType), spec.separator), spec.separator);
      return readKeyedInstances(inner, spec, at, depth + 1).map((instance) => ({ storage: instance.storage, prefix: concatShapes([instance.prefix, part]) }));
    }),
  );
  const roots = findFactoryCalls(receiver, spec.root.callee, context).flatMap(({ args, context: at }) => {
    const driver = getPropertyValue(findObjectLiteral(args[spec.root.argument], at.module), spec.root.driverKey);
    if (!driver) return [];
    return spec.drivers.flatMap((known) =>
      findFactoryCalls(driver, known.callee, at).map(({ args: driverArgs, context: driverAt }) => {
        const base = getPropertyValue(findObjectLiteral(driverArgs[0], driverAt.module), known.baseKey);
        const prefix = base ? withSeparator(normalizeKeyShapes(resolveString(base, driverAt.module, driverAt.readType), spec.separator), spec.separator) : [['']];
        return { storage: known.storage, prefix };
      }),
    );
  });
  return [...wrapped, ...roots];
}

/**
 * A key as such a library stores it: `/` and `\` become the separator, runs of it one, and it is
 * trimmed from both ends (unstorage's `normalizeKey`). Only known text is changed.
 */
export function normalizeKeyShapes(shapes: StringShapes, separator: string): StringShapes {
  const runs = new RegExp(`(?:${separator.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})+`, 'g');
  return mapKnownText(shapes, (text) => text.replace(/[/\\]/g, separator).replace(runs, separator)).map((shape) => trimSeparator(shape, separator));
}

function trimSeparator(shape: StringShape, separator: string): StringShape {
  const parts = [...shape];
  const first = parts[0];
  if (typeof first === 'string' && first.startsWith(separator)) parts[0] = first.slice(separator.length);
  const last = parts.at(-1);
  if (typeof last === 'string' && last.endsWith(separator)) parts[parts.length - 1] = last.slice(0, -separator.length);
  const trimmed = normalizeShape(parts);
  return trimmed.length === 0 ? [''] : trimmed;
}

// A prefix that is not empty is followed by the separator (`app` + `:`).
function withSeparator(shapes: StringShapes, separator: string): StringShapes {
  return shapes.map((shape) => (shape.length === 1 && shape[0] === '' ? shape : normalizeShape([...shape, separator])));
}
