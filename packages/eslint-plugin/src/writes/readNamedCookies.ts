import type { TSESTree } from '@typescript-eslint/utils';
import type { ModuleContext } from '../names/bindings.js';
import { unwrapExpression } from '../names/bindings.js';
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
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  argument: TSESTree.Node | undefined,
  family: SinkFamily,
  spec: NamedCookiesSpec,
  context: WriteContext,
): CookieWrite[] {
  const config = argument && findObject(argument, context.module);
  const tableNode = config && getPropertyValue(config.object, spec.key);
  const table = tableNode && config && findObject(tableNode, config.module);
  // A cookie table the rule cannot read may rename any cookie: which ones are set is unknown.
  if (tableNode && !table) return config.module.file === context.module.file ? [{ family, node: tableNode, names: UNKNOWN_SHAPES }] : [];
  const writes: CookieWrite[] = [];
  const defaults: StringShapes[] = [];
  for (const key of [...Object.keys(spec.always), ...spec.optional]) {
    const entry = table && findObject(getPropertyValue(table.object, key), table.module);
    const name = entry && getPropertyValue(entry.object, 'name');
    // A name written in another module is reported there, where it is written.
    if (name && entry.module.file === context.module.file) writes.push({ family, node: name, names: resolveString(name, entry.module, context.readType) });
    else if (!name && key in spec.always) defaults.push(spec.always[key]!.map((text) => [text]));
  }
  if (defaults.length > 0) writes.unshift({ family, node: argument ?? node, names: unionShapes(...defaults) });
  return writes;
}

/** The object literal a node is: itself, a constant (of this or another module), or what a project function returns. */
function findObject(node: TSESTree.Node | undefined, module: ModuleContext): FoundObject | undefined {
  if (!node) return undefined;
  const found = findValue(node, module, 0);
  if (!found || 'namespace' in found) return undefined;
  const value = unwrapExpression(found.node);
  if (value.type === 'ObjectExpression') return { object: value, module: found.module };
  if (value.type !== 'CallExpression') return undefined;
  const returned = getReturnedValues(value, found.module, 0);
  if (returned?.length !== 1) return undefined;
  const object = unwrapExpression(returned[0]!.node);
  return object.type === 'ObjectExpression' ? { object, module: returned[0]!.module } : undefined;
}
