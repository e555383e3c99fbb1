import type { TSESTree } from '@typescript-eslint/utils';
import type { ModuleContext } from '../names/bindings.js';
import { getStaticKey, unwrapExpression } from '../names/bindings.js';
import { getReturnedValues } from '../names/returnedValues.js';
import { findValue, resolveString } from '../names/resolveString.js';
import { type StringShapes, UNKNOWN_SHAPES, unionShapes } from '../names/stringShape.js';
import type { Sink, SinkFamily } from '../sinks/types.js';
import type { CookieWrite } from './cookieWrite.js';
import type { WriteContext } from './collectWrites.js';
import { getPropertyValue } from './objectLiteral.js';

type NamedCookiesSpec = NonNullable<Extract<Sink, { kind: 'config' }>['namedCookies']>;

/** An object literal and the module its names are read in. */
interface FoundObject {
  readonly object: TSESTree.ObjectExpression;
  readonly module: ModuleContext;
}

/**
 * `NextAuth({ cookies: { sessionToken: { name } } })`: each renamed cookie where its name is, the
 * defaults left together at the call. The options may be a constant of another module
 * (`NextAuth(authOptions)`): the renamed names are then that module's to report, the defaults
 * still this call's. The cookie table may be built by a function of the project
 * (`cookies: createCookies(secure)`).
 */
export function readNamedCookies(
  node: TSESTree.Node,
  argument: TSESTree.Node | undefined,
  family: SinkFamily,
  spec: NamedCookiesSpec,
  context: WriteContext,
  withDefaults = true,
): CookieWrite[] {
  const config = argument && findObject(argument, context.module);
  const tableProperty = config && findProperty(config, spec.key);
  const table = tableProperty && findObject(tableProperty.node, tableProperty.module);
  // A cookie table the rule cannot read may rename any cookie: which ones are set is unknown.
  if (tableProperty && !table) return tableProperty.module.file === context.module.file ? [{ family, node: tableProperty.node, names: UNKNOWN_SHAPES }] : [];
  const writes: CookieWrite[] = [];
  const defaults: StringShapes[] = [];
  for (const key of [...Object.keys(spec.always), ...spec.optional]) {
    const entry = table && findObject(getPropertyValue(table.object, key), table.module);
    const name = entry && getPropertyValue(entry.object, 'name');
    // A name written in another module is reported there, where it is written.
    if (name && entry.module.file === context.module.file) writes.push({ family, node: name, names: resolveString(name, entry.module, context.readType) });
    else if (!name && key in spec.always) defaults.push(spec.always[key]!.map((text) => [text]));
  }
  if (withDefaults && defaults.length > 0) writes.unshift({ family, node: argument ?? node, names: unionShapes(...defaults) });
  return writes;
}

/**
 * The value of a property of an object literal and the module it is written in, also when a
 * spread gives it (`{ ...authOptions, callbacks }`): the last one written wins, and a spread the
 * rule cannot read is passed over.
 */
function findProperty(found: FoundObject, key: string, depth = 0): { readonly node: TSESTree.Node; readonly module: ModuleContext } | undefined {
  for (const property of [...found.object.properties].reverse()) {
    if (property.type === 'SpreadElement') {
      const spread = depth < MAX_SPREADS ? findObject(property.argument, found.module) : undefined;
      const value = spread && findProperty(spread, key, depth + 1);
      if (value) return value;
    } else if (getStaticKey(property.key, property.computed) === key) {
      return { node: property.value, module: found.module };
    }
  }
  return undefined;
}

/** How many spreads inside spreads are followed (a spread of itself would never end). */
const MAX_SPREADS = 4;

/**
 * The object literal a node is: itself, a constant (of this or another module), or what a project
 * function returns (also awaited: langfuse's `await getAuthOptions()` returning its `data`).
 */
function findObject(node: TSESTree.Node | undefined, module: ModuleContext, depth = 0): FoundObject | undefined {
  if (!node || depth > MAX_SPREADS) return undefined;
  const found = findValue(node, module, 0);
  if (!found || 'namespace' in found) return undefined;
  let value = unwrapExpression(found.node);
  const awaited = value.type === 'AwaitExpression';
  if (value.type === 'AwaitExpression') value = unwrapExpression(value.argument);
  if (value.type === 'ObjectExpression') return { object: value, module: found.module };
  if (value.type !== 'CallExpression') return undefined;
  const returned = getReturnedValues(value, found.module, 0, awaited);
  return returned?.length === 1 ? findObject(returned[0]!.node, returned[0]!.module, depth + 1) : undefined;
}
