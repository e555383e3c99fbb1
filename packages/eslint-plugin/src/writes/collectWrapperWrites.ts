import type { TSESTree } from '@typescript-eslint/utils';
import { bindArguments } from '../names/bindArguments.js';
import { findValue, resolveString } from '../names/resolveString.js';
import { type FunctionNode, unwrapExpression } from '../names/bindings.js';
import { type StringShape, UNKNOWN } from '../names/stringShape.js';
import { type CalledFunction, findConstruction } from '../names/findCalledFunction.js';
import type { WriteContext } from './collectWrites.js';
import type { CookieWrite } from './cookieWrite.js';
import { type ParameterPlace, getParameterPlace, getParameterPlaces } from './parameterPlaceholder.js';
import { findObjectLiteral, getPropertyValue } from './objectLiteral.js';
import { isClosedComponentCall, isComponentCall } from './componentCall.js';
import { type SummarySite, type WrapperSummary, collectSiteWrites, getConstructedClassBody, noteRefusal, summarizeWrapper } from './summarizeWrapper.js';
import { findConstructor } from '../names/classConstructions.js';
import { dropRepeatedWrites } from './dropRepeatedWrites.js';
import { getDestructuredKeys, isOnlyInUntakenClosure, isReturnedAsIs } from './untakenClosure.js';
import { dropUnassignedWrites } from './readOnlyUse.js';
import { isSwitchedAway } from './switchedAway.js';
import { isGuardedByLeftOut } from './leftOutGuard.js';
import { getCallArgument } from './callArguments.js';
import { findGivenKeys, isDecidedAway } from './keyLoop.js';

/**
 * The writes a call of a project function makes when that function is a wrapper: its inner
 * writes collected again with its parameters bound to this call's arguments, so names and
 * options resolve through them (`setCookie('x', v, 400)`). Each write is placed on the argument
 * that supplies its name, or on the call when the name comes from inside (a literal, a default
 * known only in part; a default known in full is reported where the helper writes it);
 * family and storage stay the inner sink's.
 */
export function collectWrapperWrites(
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  called: CalledFunction,
  context: WriteContext,
  depth = 0,
): CookieWrite[] {
  // A call back into a function whose call is being collected goes around a cycle (FormInputs
  // rendering FormInputsStack rendering FormInputs): the outer call collects its writes already,
  // and each turn would branch anew, up to the depth limit.
  if (collecting.has(called.fn)) {
    noteRefusal();
    return [];
  }
  collecting.add(called.fn);
  try {
    return collectBoundWrites(call, called, context, depth);
  } finally {
    collecting.delete(called.fn);
  }
}

// The functions whose calls are being collected, on the current path from the linted call.
let collecting = new Set<FunctionNode>();

/**
 * Runs `walk` on a path of its own: a wrapper's summary is kept and reused from every call, so
 * what it finds must not depend on the calls being collected when it was first asked for.
 */
export function onOwnPath<T>(walk: () => T): T {
  const outer = collecting;
  collecting = new Set();
  try {
    return walk();
  } finally {
    collecting = outer;
  }
}

function collectBoundWrites(call: TSESTree.CallExpression | TSESTree.NewExpression, called: CalledFunction, context: WriteContext, depth: number): CookieWrite[] {
  const summary = summarizeWrapper(called, context.index, depth);
  if (!summary) return [];
  const argumentAt = (position: number): TSESTree.Node | undefined => getArgumentAt(call, position, context.module);
  const constructed = summarizeConstructor(called, context.index, depth);
  // `s.setInt('theme')` on `s = new SettingsStorage('app_')`: the constructor's parameters (kept as `this.prefix`) are that `new`'s arguments.
  // Only a method writing through what its constructor kept (`${this.prefix}${key}`, `this.storage.setItem(key)`) looks for the instance.
  const usesConstructor = constructed !== undefined && [...summary.sites.keys()].some((site) => constructed.sites.has(site));
  const construction = usesConstructor ? findConstruction(call, called, context.module, true) : undefined;
  const instance = construction ? bindArguments(called.module, construction.constructorFn, (position) => getCallArgument(construction.node, position, construction.module)) : called.module;
  const bound = bindArguments(instance, called.fn, (position) => getCallArgument(call, position, context.module));
  const inner: WriteContext = { index: context.index, module: bound };
  const taken = getTakenKeys(call, context);
  const writes: CookieWrite[] = [];
  for (const [site, { places, namedByParameter, intoCycle }] of summary.sites) {
    if (intoCycle) continue;
    // A method's write whose name its own parameter gives is its callers' (below); the name a
    // constructor's arguments alone give (`this.namespace`) is reported at `new`, not at each method call.
    const namedAtNew = constructed?.sites.get(site)?.namedByParameter === true;
    if (namedAtNew && places.every((place) => place === undefined)) continue;
    // At `new`: a method's write that the method's own parameter names is reported at the method's calls.
    const method = findMethodSummary(site, called, context.index, depth);
    if (method?.sites.get(site)?.namedByParameter) continue;
    // `const { get } = useStore(key)`: the returned `set` that writes is not taken here.
    if (isOnlyInUntakenClosure(site, called.fn, taken)) continue;
    // `local('get', key)`: the helper's `switch (action)` never reaches its `setItem` for this call.
    if (isSwitchedAway(site, called.fn, bound)) continue;
    // `maxStreamingBitrate(true, 'Video')`: the write waits for a value this call does not pass (`if (val !== undefined)`).
    if (isGuardedByLeftOut(site, called.fn, bound)) continue;
    // An element whose props that name the site's writes are known only at run time adds nothing
    // to the component's own report (below): not followed at all, which keeps a page rendering
    // many components (each handing its props further down) from walking every path beneath it.
    if (isComponentCall(call) && places.length > 0 && places.every((place) => place !== undefined && isGivenUnknown(place, call, context))) continue;
    // `for (const key of _.keys(initialData)) localStorage.setItem(`tabdata_${key}`)` given `{ editor: sql }`:
    // a write per key, reported on the property that gives it, where the branches taken at that key lead.
    const keys = findGivenKeys(site, called.fn, bound);
    if (keys) {
      for (const { property, module } of keys) {
        if (isDecidedAway(site, called.fn, module)) continue;
        for (const write of collectSiteWrites(site, { ...inner, module }, called.fn, depth)) writes.push({ ...write, node: isInside(property, call) ? property.key : call });
      }
      continue;
    }
    // `return useStorage(AppStorage.local, key)`: what the caller takes of this call, it takes of that one.
    const found = collectSiteWrites(site, taken && isReturnedAsIs(site, called.fn) ? { ...inner, takenKeys: taken } : inner, called.fn, depth);
    for (const [index, write] of found.entries()) {
      // ... also when the constructor gives its storage (`this.storage.setItem(getKey(key))`).
      if (method && getParameterPlace(resolveString(write.node, method.placeholders)) !== undefined) continue;
      // The summary's names say which property of an options object a name comes from, even
      // through a wrapper that hands the object on whole (`super(params)`); its writes are the same, in order.
      const first = (found.length === places.length ? places[index] : undefined) ?? getParameterPlace(resolveString(write.node, summary.placeholders));
      const { place, argument } = first ? findGivenPart(first, write, summary, call, context) : { place: undefined, argument: undefined };
      const passed = place === undefined ? undefined : argumentAt(place.index);
      const knownInFull = write.names.every((shape) => !shape.includes(UNKNOWN));
      // A name that no argument of this call gives, written beside names that do
      // (`<DataTable tableName="runs" projectId={projectId} />` inside a component, the project
      // read from the router there): it is the same at every call, and reported where it is
      // given, not again at each call above.
      if (namedByParameter && place === undefined && !isInside(write.node, call)) continue;
      // A parameter's default that is known in full is checked where the helper writes it.
      if (place !== undefined && !argument && knownInFull) continue;
      // A call that leaves out the argument naming the item passes `undefined`: such helpers
      // write only when given a name (`if (storageKey) localStorage.setItem(storageKey, v)`).
      if (place !== undefined && isLeftOut(call, place.index) && write.names.every(isWhollyUnknown)) continue;
      // An options object in sight without the option that names the item: the helper's default
      // for it, when known in full, is checked where the helper writes it (as a parameter's default
      // is); a component rendered without that prop gets `undefined`, and whether it writes at all
      // then (`if (id) save(id)`) is beyond what the rules see.
      const optionLeftOut = place !== undefined && place.properties.length > 0 && passed !== undefined && argument === passed && unwrapExpression(passed).type === 'ObjectExpression';
      if (optionLeftOut && (isClosedComponentCall(call) || knownInFull)) continue;
      // The caller's own options handed on whole (`new State(hanko, flowName, response, options)`):
      // which option they hold is its callers' to say, so a name known in full here is the
      // helper's default, checked where the helper writes it.
      if (place !== undefined && place.properties.length > 0 && passed !== undefined && argument === passed && knownInFull && isOwnParameter(passed, context)) continue;
      // A component's own write is reported where it is written, as a pattern: an element whose
      // prop is unknown (`scope={s}`) adds nothing to it, one that gives known text does.
      if (isComponentCall(call) && argument !== undefined && isUnknownText(argument, context)) continue;
      // A name read from inside an argument (`createStore(state, { name: 'chat' })` handing its
      // options to a library) is reported where it is written in this call; so is a name fixed
      // inside a helper of this file that is given only its storage (`res.cookie('sid')` with the
      // caller's `res`): every caller's report then lands once, on the helper's own write.
      const writtenHere = isInside(write.node, call) || (place === undefined && knownInFull && getRoot(write.node) === getRoot(call));
      writes.push({ ...write, node: writtenHere ? write.node : (argument ?? call) });
    }
  }
  return dropUnassignedWrites(dropRepeatedWrites(writes), call);
}

/** The keys the caller takes of this call's result: its own destructuring, or, for a call a wrapper returns as is, what its caller takes. */
function getTakenKeys(call: TSESTree.CallExpression | TSESTree.NewExpression, context: WriteContext): ReadonlySet<string> | undefined {
  return getDestructuredKeys(call) ?? (call.parent?.type === 'ReturnStatement' || call.parent?.type === 'ArrowFunctionExpression' ? context.takenKeys : undefined);
}

function getArgumentAt(call: TSESTree.CallExpression | TSESTree.NewExpression, position: number, module: WriteContext['module']): TSESTree.Node | undefined {
  return getCallArgument(call, position, module)?.node;
}

/**
 * For `site` collected at a `new` of its class (`called` is the constructor): the wrapper summary
 * of the instance method it lies in, if that method is one. Its own parameter may name what the
 * site writes (`set(key) { localStorage.setItem(`${this.prefix}${key}`) }`), the constructor
 * giving only part of the name or the storage; the method's calls then give the rest.
 */
function findMethodSummary(site: SummarySite, called: CalledFunction, index: WriteContext['index'], depth: number): WrapperSummary | undefined {
  if (!getConstructedClassBody(called.fn)) return undefined;
  let current: TSESTree.Node | undefined = site;
  while (current && current !== called.fn && !(current.parent?.type === 'MethodDefinition' && current.parent.kind === 'method' && !current.parent.static)) current = current.parent;
  if (!current || current === called.fn) return undefined;
  return summarizeWrapper({ fn: current as FunctionNode, module: called.module }, index, depth);
}

/** The wrapper summary of the constructor of the class whose method `called` is, if any. */
function summarizeConstructor(called: CalledFunction, index: WriteContext['index'], depth: number): WrapperSummary | undefined {
  const method = called.fn.parent;
  if (method?.type !== 'MethodDefinition' || method.kind === 'constructor' || method.parent.type !== 'ClassBody') return undefined;
  const constructor = findConstructor(method.parent);
  return constructor && summarizeWrapper({ fn: constructor, module: called.module }, index, depth);
}

/**
 * Where in the call a name is given, and the part of the argument there: `first`, the first part
 * of the options object it is made of, or else a later part the call gives when it leaves that one
 * to its default (`tabdata_${editorKeyword}_${tabid}` called with `{ tabid }`: reported on `tabid`).
 */
function findGivenPart(first: ParameterPlace, write: CookieWrite, summary: WrapperSummary, call: TSESTree.CallExpression | TSESTree.NewExpression, context: WriteContext): { place: ParameterPlace; argument: TSESTree.Node | undefined } {
  const passed = getArgumentAt(call, first.index, context.module);
  const argument = findPassedPart(passed, first.properties, call, context);
  if (first.properties.length === 0 || passed === undefined || argument !== passed) return { place: first, argument };
  for (const other of getParameterPlaces(resolveString(write.node, summary.placeholders))) {
    if (other.index !== first.index || other.properties.length === 0) continue;
    const part = findPassedPart(passed, other.properties, call, context);
    if (part !== passed) return { place: other, argument: part };
  }
  return { place: first, argument };
}

/** Whether the call gives the part of its arguments a place names, as text known only at run time (an option it leaves out is not given). */
function isGivenUnknown(place: ParameterPlace, call: TSESTree.CallExpression | TSESTree.NewExpression, context: WriteContext): boolean {
  const passed = getArgumentAt(call, place.index, context.module);
  const part = findPassedPart(passed, place.properties, call, context);
  return part !== undefined && !(place.properties.length > 0 && part === passed) && isUnknownText(part, context);
}

/**
 * The part of an argument a destructured parameter reads: `storageKey` in `useExpanded({ storageKey, open })`,
 * also in an object literal a constant of this file holds (dub's `cookieData`, passed to ten calls:
 * its property is where the name is given), else the argument.
 */
function findPassedPart(argument: TSESTree.Node | undefined, properties: readonly string[], call: TSESTree.Node, context: WriteContext): TSESTree.Node | undefined {
  let part = argument;
  for (const property of properties) {
    const object = part ? findObjectLiteral(part, context.module) : undefined;
    const value = object && (getPropertyValue(object, property) ?? (isInside(object, call) ? readThroughSpread(object, property, context) : undefined));
    if (!value) return part;
    part = value;
  }
  return part;
}

/**
 * A property an object literal written in the call passes through a spread (`<EditorInner {...props} />`,
 * `save({ ...defaults })`): the spread read as `props.stateKey`, placed on the spread, from the last
 * spread that has it; an object literal of this file spread there gives its own property.
 */
function readThroughSpread(object: TSESTree.ObjectExpression | TSESTree.ArrayExpression, property: string, context: WriteContext): TSESTree.Node | undefined {
  if (object.type !== 'ObjectExpression') return undefined;
  for (const spread of [...object.properties].reverse()) {
    if (spread.type !== 'SpreadElement') continue;
    // `{ ...config, quiet: true }` with `config` an object literal of this file: on its property,
    // as when `config` itself is passed (hanko's AppProvider passes it both ways).
    const held = findObjectLiteral(spread.argument, context.module);
    const own = held && getRoot(held) === getRoot(object) ? getPropertyValue(held, property) : undefined;
    if (own) return own;
    const member = {
      type: 'MemberExpression',
      object: spread.argument,
      property: { type: 'Identifier', name: property, range: spread.range, loc: spread.loc },
      computed: false,
      optional: false,
      range: spread.range,
      loc: spread.loc,
      parent: spread.parent,
    } as unknown as TSESTree.MemberExpression;
    if (findValue(member, context.module, 0)) return member;
  }
  return undefined;
}

// A prop known only at run time, or as the empty string in one branch (`isNew ? '' : id`): no text to add.
function isUnknownText(node: TSESTree.Node, context: WriteContext): boolean {
  return resolveString(node, context.module, context.readType).every((shape) => shape.every((part) => part === UNKNOWN || part === ''));
}

function isWhollyUnknown(shape: StringShape): boolean {
  return shape.every((part) => part === UNKNOWN);
}

/** A parameter of a function around the call, not bound to any caller's argument here. */
function isOwnParameter(node: TSESTree.Node, context: WriteContext): boolean {
  const value = unwrapExpression(node);
  return value.type === 'Identifier' && context.module.lookup(value).kind === 'param';
}

/** Whether the call gives no argument at `position` (and no spread that might). */
function isLeftOut(call: TSESTree.CallExpression | TSESTree.NewExpression, position: number): boolean {
  return call.arguments.length <= position && call.arguments.every((argument) => argument.type !== 'SpreadElement');
}

// A project module parsed outside ESLint has no parent links: its nodes never reach the linted file's Program.
function getRoot(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent) current = current.parent;
  return current;
}

function isInside(node: TSESTree.Node, ancestor: TSESTree.Node): boolean {
  for (let current: TSESTree.Node | undefined = node; current; current = current.parent) if (current === ancestor) return true;
  return false;
}
