import type { TSESTree } from '@typescript-eslint/utils';
import type { BuilderChain, CompanionSpec, ConfigSink, KeyedByFactory, NameSpec, OptionsSpec, Sink, SinkFamily, StorageSwitch } from '../sinks/types.js';
import { type ModuleContext, getMemberName, getStaticKey, isNullish, unwrapExpression } from '../names/bindings.js';
import { getCookieStringName } from '../names/cookieString.js';
import { readCookieStringAttributes } from '../attributes/cookieStringAttributes.js';
import { readLifetimeSeconds } from '../attributes/lifetime.js';
import { readArrayJoin } from '../names/arrayJoin.js';
import { type CookieWrite, getWriteStorage } from './cookieWrite.js';
import { type FactoryCall, findFactoryCalls } from './factoryCall.js';
import { matchValue } from './matchValue.js';
import { matchCallee } from './matchCallee.js';
import { findArrayLiteral, findObjectLiteral, getPropertyValue } from './objectLiteral.js';
import { getParameterIndex } from './parameterPlaceholder.js';
import { readNamedCookies } from './readNamedCookies.js';
import { readPersistOption } from './readPersistOption.js';
import { normalizeKeyShapes, readKeyedInstances } from './keyedInstance.js';
import { readBuiltInstances } from './builtInstance.js';
import { isLocalInstanceNeverCalled, isReopenOnly } from './callsThatStoreNothing.js';
import { isOptionValue } from './isOptionValue.js';
import { readConfiguredPrefix } from './configuredPrefix.js';
import { isOwnStorageWritingNothing, isStoringNothing, readChosenStorage } from './readWriteStorage.js';
import { getDependencyVersion } from '../names/dependencyVersion.js';
import { listJsonArrayElements, readJsonArrayName } from '../names/jsonArrayName.js';
import { type TypeReader, findValue, resolveString } from '../names/resolveString.js';
import { containsNode, findEnclosingFunction } from '../names/returnedValues.js';
import { type SinkIndex, getCallKey } from './sinkIndex.js';
import { type StringShapes, UNKNOWN, UNKNOWN_SHAPES, concatShapes, getKnownText, lowercaseShapes, surroundShapes, truncateShapes, unionShapes } from '../names/stringShape.js';

/** What write collection needs besides the node: the catalogue and how to read names. */
export interface WriteContext {
  readonly index: SinkIndex;
  readonly module: ModuleContext;
  readonly readType?: TypeReader;
  /** The linted file's program, where the rules read a Vue component's options (`components: { Avatar: NcAvatar }`). */
  readonly program?: TSESTree.Program;
  /**
   * While a wrapper's returned call is followed (`return useStorage(AppStorage.local, key)`): the
   * keys its caller takes of the result (`const [value] = useLocalStorage(key)` takes `0`), which
   * are then all that call's result gives.
   */
  readonly takenKeys?: ReadonlySet<string>;
}

const SET_COOKIE = 'set-cookie';

/** The cookie writes a call or `new` expression makes, per the catalogue. */
export function collectCallWrites(node: TSESTree.CallExpression | TSESTree.NewExpression, context: WriteContext): CookieWrite[] {
  const callee = unwrapExpression(node.callee);
  const key = getCallKey(callee);
  const entries = key === undefined ? undefined : context.index.calls.get(key);
  if (!entries) return [];
  const writes: CookieWrite[] = [];
  for (const { family, sink } of entries) {
    const constructs = (sink.kind === 'call' || sink.kind === 'fixed' || sink.kind === 'config') && sink.constructs === true;
    if (node.type === 'NewExpression' && sink.kind !== 'headerObject' && !constructs) continue;
    // A class writes when `new`-ed, or through `super(name)` in a subclass (`class AppDB extends Dexie`).
    if (callee.type === 'Super' ? !constructs : constructs && node.type === 'CallExpression') continue;
    if (!('callee' in sink) || !matchCallee(node.callee, sink.callee, context.module)) continue;
    if (!isDescribedVersion(family, context.module.file)) continue;
    // A settings sink repeating a catalogued one (`{ global: 'useCookie' }` in Nuxt) adds no
    // second report; a receiver that may be either storage (`(a ? localStorage : sessionStorage)`) writes to each,
    // and two sinks of one call naming different items (auth0's cookie and its `_legacy_` copy) write each.
    const fresh = readSinkCall(node, family, sink, context).filter(
      (write) => !writes.some((earlier) => earlier.node === write.node && getWriteStorage(earlier) === getWriteStorage(write) && isSameNames(earlier, write)),
    );
    writes.push(...fresh);
  }
  return writes.map((write) => ({ ...write, module: write.module ?? context.module }));
}

// Sinks of two families at one node are one write (a settings sink repeating a catalogued one); two sinks of one family may name two items there.
function isSameNames(a: CookieWrite, b: CookieWrite): boolean {
  return a.family !== b.family || JSON.stringify(a.names) === JSON.stringify(b.names);
}

/** The writes of an assignment (`document.cookie = 'n=v'`, `localStorage.theme = 'dark'`). */
export function collectAssignmentWrites(node: TSESTree.AssignmentExpression, context: WriteContext): CookieWrite[] {
  const left = unwrapExpression(node.left);
  if (left.type !== 'MemberExpression') return [];
  // Each storage the object may be is written: `(keep ? localStorage : sessionStorage)[key] = v`.
  const keyed = context.index.keyAssignments.filter(({ sink }) => sink.kind === 'keyAssignment' && matchValue(left.object, sink.object, context.module));
  if (keyed.length > 0) {
    const key = left.property;
    if (key.type === 'PrivateIdentifier') return [];
    const names: StringShapes = left.computed ? resolveString(key, context.module, context.readType) : [[(key as TSESTree.Identifier).name]];
    return keyed.map(({ family }) => ({ family, node: key, names, module: context.module }));
  }
  if (node.operator !== '=' && node.operator !== '+=') return [];
  const entries = context.index.assignments.get(getMemberName(left) ?? '');
  const entry = entries?.find(({ sink }) => sink.kind === 'assignment' && matchValue(left.object, sink.object, context.module));
  return entry ? readHeaderValue(node.right, entry.family, context).map((write) => ({ ...write, module: context.module })) : [];
}

function readSinkCall(node: TSESTree.CallExpression | TSESTree.NewExpression, family: SinkFamily, sink: Sink, context: WriteContext): CookieWrite[] {
  const args = node.arguments;
  switch (sink.kind) {
    case 'call': {
      if (sink.minArguments !== undefined && (args.length < sink.minArguments || isFunctionLike(args[1]))) return [];
      if (sink.deletesWithoutValue !== undefined && isEmptyValue(args[sink.deletesWithoutValue])) return [];
      if (sink.copiesRead !== undefined && isReadFromSameStorage(args[sink.copiesRead], node, context)) return [];
      if (sink.reopens && isReopenOnly(node, sink.reopens)) return [];
      if (sink.writesThroughElement !== undefined && !takesElement(node, sink.writesThroughElement)) return [];
      if (sink.offWhen && isOptionLiteral(args[sink.offWhen.argument], sink.offWhen, context)) return [];
      if (sink.namedByFactory) return readFactoryNamedCall(node, family, sink, context);
      if (sink.keyedByFactory) return readKeyedCall(node, family, sink, sink.keyedByFactory, context);
      if (sink.builtBy) return readBuiltCall(node, family, sink, sink.builtBy, context);
      const storageValue = getStorageArgument(args, sink.storage, context);
      if (isStoringNothing(storageValue, sink.storage, context.module) || isOwnStorageWritingNothing(storageValue, sink.storage, context)) return [];
      const storage = readChosenStorage(sink.storage, storageValue, family, context.module);
      const onAssignment =
        (sink.writesOnAssignmentWhen && isOptionLiteral(args[sink.writesOnAssignmentWhen.argument], sink.writesOnAssignmentWhen, context)) ||
        (sink.writesOnAssignmentUnless && !mayGiveOption(args[sink.writesOnAssignmentUnless.argument], sink.writesOnAssignmentUnless.key, context));
      const facts = { ...storage, ...(sink.noun ? { noun: sink.noun } : {}), ...(onAssignment ? { onAssignment } : {}) };
      return getNameNodes(args, sink.name, context).flatMap((nameNode) => {
        const options = getOptions(args, sink.options, nameNode !== args[sink.name.argument], context);
        if (options?.object && isDeletingOptions(options.object, context, options.spec.units)) return [];
        // Inside a helper handed the object (`cookieStore.set(cookie)`), its `name` is the caller's.
        const passedName = nameNode === args[sink.name.argument] && sink.name.objectKey ? findPassedProperty(nameNode, sink.name.objectKey, context) : undefined;
        const resolved = passedName ? resolveString(passedName.node, passedName.module) : resolveString(nameNode, context.module, context.readType);
        const surrounded = surroundShapes(sink.name.lowercase ? lowercaseShapes(resolved) : resolved, sink.name.around);
        const prefix = sink.name.configuredPrefix && readConfiguredPrefix(sink.name.configuredPrefix, context.module.file);
        const names = prefix ? concatShapes([[prefix], surrounded]) : surrounded;
        return withCompanions({ family, node: passedName?.node ?? nameNode, names, options, ...facts }, sink.companions, options?.object, context);
      });
    }
    case 'config': {
      const required = sink.onlyWithArgument;
      if (required && !(args[required.index] && matchValue(args[required.index]!, required.value, context.module))) return [];
      const argument = args[sink.argumentByArity?.[args.length] ?? sink.argument];
      return sink.namedCookies ? readNamedCookies(node, argument, family, sink.namedCookies, context) : readConfigCall(node, family, sink, context, argument);
    }
    case 'persistOption':
      return readPersistOption(node, family, sink, context);
    case 'fixed':
      if (sink.withArgument && !args.some((argument) => matchValue(argument, sink.withArgument!, context.module))) return [];
      if (sink.unlessArgument !== undefined && !isEmptyValue(args[sink.unlessArgument])) return [];
      if (sink.offWhenArgument && args[sink.offWhenArgument.index] && isOptionValue(args[sink.offWhenArgument.index]!, sink.offWhenArgument.value, context.module)) return [];
      if (sink.storesOnceCalled && isLocalInstanceNeverCalled(node, sink.storesOnceCalled)) return [];
      return [{ family, node, names: [...sink.names.map((name) => [name]), ...(sink.patterns ?? []).flatMap((around) => surroundShapes(UNKNOWN_SHAPES, around))], ...(sink.noun ? { noun: sink.noun } : {}) }];
    case 'headerCall': {
      const header = args[sink.headerArgument];
      const value = args[sink.valueArgument];
      if (!header || !value || !isSetCookieName(header, context)) return [];
      return readHeaderValue(value, family, context);
    }
    case 'headerObject': {
      const argument = args[sink.argument];
      let headers = argument && findObjectLiteral(argument, context.module);
      if (headers && sink.key) headers = findObjectLiteral(getPropertyValue(headers, sink.key), context.module);
      return headers ? readHeadersObject(headers, family, context) : [];
    }
    default:
      return [];
  }
}

/** Whether the array a call returns may be used at `index`: not when it is destructured without it (`const [value] = useCookie(name)`). */
function takesElement(node: TSESTree.Node, index: number): boolean {
  const declarator = node.parent;
  if (declarator?.type !== 'VariableDeclarator' || declarator.init !== node || declarator.id.type !== 'ArrayPattern') return true;
  const elements = declarator.id.elements;
  return elements.slice(0, index + 1).some((element) => element?.type === 'RestElement') || elements[index] != null;
}

/** `prefs.serialize(value)`: the cookie `createCookie(name, options)` named, written at this call. */
function readFactoryNamedCall(node: TSESTree.CallExpression | TSESTree.NewExpression, family: SinkFamily, sink: Extract<Sink, { kind: 'call' }>, context: WriteContext): CookieWrite[] {
  const ownIndex = sink.namedByFactory?.ownOptionsArgument;
  const own = ownIndex === undefined ? undefined : node.arguments[ownIndex];
  const ownObject = own && findObjectLiteral(own, context.module);
  if (ownObject && isDeletingOptions(ownObject, context)) return [];
  const made = sink.callee.kind === 'member' ? sink.callee.object : undefined;
  const receiver = getReceiver(node.callee, context);
  const factories = receiver && made?.kind === 'call' ? findFactoryCalls(receiver, made.callee, context) : [];
  // The receiver matched the catalogue, but the call that made it is out of sight.
  if (factories.length === 0) return [{ family, node, names: UNKNOWN_SHAPES }];
  const writes = factories.flatMap((factory) => readFactoryArguments(factory, node, family, sink));
  // Options given to this call override the factory's, key by key: which ones apply is not followed.
  return own && !isEmptyValue(own) ? writes.map((write) => ({ ...write, options: write.options && { spec: write.options.spec, opaque: true } })) : writes;
}

/** A method of an instance whose factories chose its storage and the text before its keys (unstorage's `docs.setItem(id, v)`). */
function readKeyedCall(node: TSESTree.CallExpression | TSESTree.NewExpression, family: SinkFamily, sink: Extract<Sink, { kind: 'call' }>, spec: KeyedByFactory, context: WriteContext): CookieWrite[] {
  const receiver = getReceiver(node.callee, context);
  const instances = receiver ? readKeyedInstances(receiver, spec, context) : [];
  if (instances.length === 0) return [];
  return getNameNodes(node.arguments, sink.name, context).flatMap((nameNode) => {
    const key = normalizeKeyShapes(resolveString(nameNode, context.module, context.readType), spec.separator);
    return instances.map((instance): CookieWrite => ({ family, node: nameNode, names: concatShapes([instance.prefix, key]), storage: instance.storage, ...(sink.noun ? { noun: sink.noun } : {}) }));
  });
}

/** A method call on an instance a builder's chain made: its key after the text the chain puts before it, in the storage it chose. */
function readBuiltCall(node: TSESTree.CallExpression | TSESTree.NewExpression, family: SinkFamily, sink: Extract<Sink, { kind: 'call' }>, spec: BuilderChain, context: WriteContext): CookieWrite[] {
  const receiver = getReceiver(node.callee, context);
  const instances = receiver ? readBuiltInstances(receiver, spec, context) : [];
  return getNameNodes(node.arguments, sink.name, context).flatMap((nameNode) => {
    const key = resolveString(nameNode, context.module, context.readType);
    return instances.map((instance): CookieWrite => ({ family, node: nameNode, names: concatShapes([instance.prefix, key]), storage: instance.storage, ...(sink.noun ? { noun: sink.noun } : {}) }));
  });
}

/** The object a method is called on: `prefs` in `prefs.serialize()`, or after `const { serialize } = prefs`. */
function getReceiver(calleeNode: TSESTree.Node, context: WriteContext): TSESTree.Node | undefined {
  const callee = unwrapExpression(calleeNode);
  if (callee.type === 'MemberExpression') return callee.object;
  const binding = callee.type === 'Identifier' ? context.module.lookup(callee) : undefined;
  return binding?.kind === 'value' && binding.path.length === 1 && binding.module === context.module ? binding.init : undefined;
}

/** The write named by a factory call's arguments, reported at `node`. */
function readFactoryArguments({ args, context }: FactoryCall, node: TSESTree.Node, family: SinkFamily, spec: { name: NameSpec; options?: OptionsSpec }): CookieWrite[] {
  const nameNode = getNameNode(args, spec.name, context);
  const options = getOptions(args, spec.options, nameNode !== args[spec.name.argument], context);
  if (options?.object && isDeletingOptions(options.object, context, options.spec.units)) return [];
  const names = nameNode ? resolveString(nameNode, context.module, context.readType) : UNKNOWN_SHAPES;
  return [{ family, node, names, options, module: context.module }];
}

function readConfigCall(
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  family: SinkFamily,
  sink: Extract<Sink, { kind: 'config' }>,
  context: WriteContext,
  // Already chosen by `argumentByArity`: past the last argument, the configuration is left out (`session(app)`).
  argument: TSESTree.Node | undefined,
): CookieWrite[] {
  let config = argument === undefined ? undefined : findObjectLiteral(argument, context.module);
  if (argument !== undefined && !config) {
    // Inside a helper called with its options (`createStore(state, { name })`), the options are the caller's.
    const passed = findCallerObject(argument, context);
    if (passed) return readConfigCall(node, family, sink, { ...context, module: passed.module }, passed.node);
    // A configuration the rule cannot see (a variable parameter) may name the cookie anything,
    // unless it is the parameter of a helper being summarised: then the helper's callers name it.
    return readParameterConfig(argument, family, context);
  }
  if (config && sink.callbacks && !hasWritingCallback(config, sink.callbacks, context)) return [];
  let nested: TSESTree.Node | undefined;
  if (sink.onlyWithNested && (!config || getPropertyValue(config, sink.nestedKey!) === undefined)) return [];
  if (config && sink.nestedKey) {
    nested = getPropertyValue(config, sink.nestedKey);
    // `cookie: true` turns the nested part on with the library's defaults (csurf).
    config = nested === undefined ? undefined : isLiteral(nested, true) ? EMPTY_OBJECT : (findObjectLiteral(nested, context.module) ?? chooseObjectBranch(nested, sink.nameKeys, context.module));
    const factories = nested !== undefined && !config && sink.nestedFactory ? findFactoryCalls(nested, sink.nestedFactory.callee, context) : [];
    if (factories.length > 0) return factories.flatMap((factory) => readFactoryArguments(factory, nested!, family, sink.nestedFactory!));
    if (nested !== undefined && !config) return [];
    if (config && sink.innerKey) {
      const inner = getPropertyValue(config, sink.innerKey);
      config = inner === undefined ? EMPTY_OBJECT : findObjectLiteral(inner, context.module);
      if (!config) return [];
      // `detectBrowserLanguage: { useCookie: true }` is where the cookie is configured: a default is reported there.
      if (inner !== undefined) nested = inner;
    }
  }
  const nameNode = config && sink.nameKeys.map((key) => getPropertyValue(config, key)).find((value) => value !== undefined);
  if (sink.onlyWithName && nameNode === undefined) return [];
  // A name given as `null` turns storing off (VueUse's `storageKey: null`).
  if (isLiteral(nameNode, null)) return [];
  if (sink.offWhen && isLiteral(getPropertyValue(config, sink.offWhen.key), sink.offWhen.value)) return [];
  if (sink.onlyWhen && !isOptionValue(getPropertyValue(config, sink.onlyWhen.key), sink.onlyWhen.value, context.module)) return [];
  if (sink.requiredKey && getPropertyValue(config, sink.requiredKey) === undefined) return [];
  if (sink.offUnlessListed && isListedWithout(getPropertyValue(config, sink.offUnlessListed.key), sink.offUnlessListed.value, context)) return [];
  if (sink.onlyWhenListed && !isListed(getPropertyValue(config, sink.onlyWhenListed.key), sink.onlyWhenListed.value, context)) return [];
  const configured: StringShapes = sink.jsonArrayName
    ? readConfiguredJsonArray(config, nameNode, sink.jsonArrayName, context)
    : sink.joinedKeys
      ? readJoinedKeys(config, sink.joinedKeys, context)
    : nameNode
      ? resolveString(nameNode, context.module, context.readType)
      : sink.defaultFromArgument
        ? readDefaultFromArgument(node, sink.defaultFromArgument, context)
        : sink.defaultPattern
          ? surroundShapes(UNKNOWN_SHAPES, sink.defaultPattern)
          : sink.defaultName === undefined
            ? UNKNOWN_SHAPES
            : [[sink.defaultName]];
  const prefixed = sink.namePrefix ? concatShapes([[[sink.namePrefix]], configured]) : configured;
  const tailed = sink.nameTail === undefined ? prefixed : concatShapes([prefixed, [[sink.nameTail, UNKNOWN]]]);
  const suffixed = sink.nameSuffixes ? unionShapes(...sink.nameSuffixes.map((suffix) => concatShapes([tailed, [[suffix]]]))) : tailed;
  const names = sink.perElement ? appendEachElement(suffixed, config, sink.perElement, context) : suffixed;
  const nestedOptions = sink.options?.nestedKey && argument ? getPropertyValue(findObjectLiteral(argument, context.module), sink.options.nestedKey) : undefined;
  const optionsObject = sink.options?.nestedKey ? findObjectLiteral(nestedOptions, context.module) : config;
  const options = sink.options ? { spec: sink.options, object: optionsObject, opaque: nestedOptions !== undefined && !optionsObject } : undefined;
  const storageValue = sink.storage?.optionKey ? getPropertyValue(config, sink.storage.optionKey) : undefined;
  if (isStoringNothing(storageValue, sink.storage, context.module) || isOwnStorageWritingNothing(storageValue, sink.storage, context)) return [];
  const facts = { ...readChosenStorage(sink.storage, storageValue, family, context.module), ...(sink.noun ? { noun: sink.noun } : {}) };
  const firstElement = sink.jsonArrayName?.elementKeys?.[0] ?? sink.joinedKeys?.keys[0];
  const named = nameNode ?? (firstElement === undefined ? undefined : getPropertyValue(config, firstElement));
  return withCompanions({ family, node: named ?? (sink.reportAtNested ? nested : undefined) ?? locateConfiguringCall(node, argument), names, options, ...facts }, sink.companions, config, context);
}

/**
 * Where a configuration that leaves the name to the library is reported: its options, when they
 * start on the line that names the function (`init({`), else that name (`createServerClient(` with
 * the URL and key on lines of their own before the options).
 */
function locateConfiguringCall(node: TSESTree.CallExpression | TSESTree.NewExpression, argument: TSESTree.Node | undefined): TSESTree.Node {
  const callee = unwrapExpression(node.callee);
  const name = callee.type === 'MemberExpression' ? callee.property : callee;
  return argument && argument.loc.start.line === name.loc.end.line ? argument : argument ? name : node;
}

/**
 * `advanced: domain ? { crossSubDomainCookies } : undefined`: options that are one of a few
 * object literals (or nothing). The branch that names the item is read, else an object branch
 * (whose leaving the name out means the default); undefined when a branch is anything else.
 */
function chooseObjectBranch(node: TSESTree.Node, nameKeys: readonly string[], module: WriteContext['module']): TSESTree.ObjectExpression | undefined {
  const value = unwrapExpression(node);
  if (value.type !== 'ConditionalExpression' && value.type !== 'LogicalExpression') return undefined;
  // `domain && { ... }`: a falsy left side is no options at all.
  const branches = value.type === 'ConditionalExpression' ? [value.consequent, value.alternate] : value.operator === '&&' ? [value.right] : [value.left, value.right];
  const objects: TSESTree.ObjectExpression[] = [];
  for (const branch of branches) {
    if (isNothing(branch)) continue;
    const object = findObjectLiteral(branch, module) ?? chooseObjectBranch(branch, nameKeys, module);
    if (!object) return undefined;
    objects.push(object);
  }
  return objects.find((object) => nameKeys.some((key) => getPropertyValue(object, key) !== undefined)) ?? objects[0] ?? EMPTY_OBJECT;
}

// What an options object that is only ever nothing reads as: no option given.
const EMPTY_OBJECT = { type: 'ObjectExpression', properties: [] } as unknown as TSESTree.ObjectExpression;

function isNothing(node: TSESTree.Node): boolean {
  const value = unwrapExpression(node);
  return (value.type === 'Identifier' && value.name === 'undefined') || (value.type === 'Literal' && value.value === null) || isLiteral(value, false);
}

/** A default name made of another argument of the call, unknown when it is left out. */
function readDefaultFromArgument(node: TSESTree.CallExpression | TSESTree.NewExpression, spec: NonNullable<Extract<Sink, { kind: 'config' }>['defaultFromArgument']>, context: WriteContext): StringShapes {
  const argument = node.arguments[spec.argument];
  const text = argument && argument.type !== 'SpreadElement' ? resolveString(argument, context.module, context.readType) : UNKNOWN_SHAPES;
  return surroundShapes(spec.firstCharacters === undefined ? text : truncateShapes(text, spec.firstCharacters), spec.around);
}

/** Whether `node` is an array literal of strings, each known, none of them `value`. */
function isListedWithout(node: TSESTree.Node | undefined, value: string, context: WriteContext): boolean {
  const texts = readListedTexts(node, context);
  return texts !== undefined && texts.every((text) => text !== undefined) && !texts.includes(value);
}

/** Whether the configuration's callbacks (`cookies: { get }`) include one that writes; callbacks it cannot read may. */
function hasWritingCallback(config: TSESTree.ObjectExpression, callbacks: { readonly key: string; readonly writers: readonly string[] }, context: WriteContext): boolean {
  const value = getPropertyValue(config, callbacks.key);
  if (value === undefined) return false;
  const object = findObjectLiteral(value, context.module);
  return !object || object.properties.some((property) => property.type === 'SpreadElement') || callbacks.writers.some((writer) => getPropertyValue(object, writer) !== undefined);
}

/** Whether `node` is an array literal one of whose elements is the text `value`. */
function isListed(node: TSESTree.Node | undefined, value: string, context: WriteContext): boolean {
  return readListedTexts(node, context)?.includes(value) ?? false;
}

/** The text of each element of an array literal (undefined where not known in full), or undefined for no array literal. */
function readListedTexts(node: TSESTree.Node | undefined, context: WriteContext): (string | undefined)[] | undefined {
  const list = findArrayLiteral(node, context.module);
  return list?.elements.map((element) => {
    const shapes = element && element.type !== 'SpreadElement' ? resolveString(element, context.module) : UNKNOWN_SHAPES;
    return shapes.length === 1 ? getKnownText(shapes[0]!) : undefined;
  });
}

/** Whether a family written for some major versions of a package describes the one the file's project uses. */
export function isDescribedVersion(family: SinkFamily, file: string): boolean {
  if (!family.versions) return true;
  const { majors, since, assumed } = family.versions;
  const version = getDependencyVersion(file, family.versions.package);
  if (version === undefined) return assumed === true;
  const [major, minor] = version;
  return (majors === undefined || majors.includes(major)) && (since === undefined || major > since[0] || (major === since[0] && minor >= since[1]));
}

/** The names of one item per element of the configured array (`states: ['a', 'b']`), each after the name and the separator. */
function appendEachElement(names: StringShapes, config: TSESTree.ObjectExpression | undefined, spec: NonNullable<Extract<Sink, { kind: 'config' }>['perElement']>, context: WriteContext): StringShapes {
  const list = findArrayLiteral(getPropertyValue(config, spec.key), context.module);
  if (!list) return names;
  const separatorNode = getPropertyValue(config, spec.separatorKey);
  const separator = separatorNode ? resolveString(separatorNode, context.module, context.readType) : [[spec.defaultSeparator]];
  const elements = list.elements.flatMap((element) => (element && element.type !== 'SpreadElement' ? [resolveString(element, context.module, context.readType)] : []));
  return elements.length === 0 ? names : unionShapes(...elements.map((element) => concatShapes([names, separator, element])));
}

/** A name stored as JSON array text: the configured value's elements, or the values of `elementKeys`. */
function readConfiguredJsonArray(config: TSESTree.ObjectExpression | undefined, nameNode: TSESTree.Node | undefined, spec: NonNullable<ConfigSink['jsonArrayName']>, context: WriteContext): StringShapes {
  const { elementKeys, leading } = spec;
  const elements = elementKeys ? elementKeys.map((key) => getPropertyValue(config, key)) : nameNode ? listJsonArrayElements(nameNode) : [];
  if (elements.length === 0 || elements.some((element) => element === undefined)) return UNKNOWN_SHAPES;
  return readJsonArrayName(elements as TSESTree.Node[], context.module, context.readType, leading);
}

function readJoinedKeys(config: TSESTree.ObjectExpression | undefined, spec: NonNullable<ConfigSink['joinedKeys']>, context: WriteContext): StringShapes {
  const parts = spec.keys.map((key) => {
    const value = getPropertyValue(config, key);
    return value === undefined ? UNKNOWN_SHAPES : resolveString(value, context.module, context.readType);
  });
  return concatShapes(parts.flatMap((part, index) => (index === 0 ? [part] : [[[spec.separator]], part])));
}

/** The node holding a call's storage: its storage argument, or that argument's `optionKey` property. */
function getStorageArgument(args: readonly TSESTree.Node[], storageSwitch: StorageSwitch | undefined, context: WriteContext): TSESTree.Node | undefined {
  const argument = storageSwitch?.argument === undefined ? undefined : args[storageSwitch.argument];
  if (!argument || !storageSwitch?.optionKey) return argument;
  return getPropertyValue(findObjectLiteral(argument, context.module), storageSwitch.optionKey);
}

/** While a helper is summarised, a configuration that is one of its parameters makes it a wrapper of the sink. */
function readParameterConfig(argument: TSESTree.Node, family: SinkFamily, context: WriteContext): CookieWrite[] {
  const names = resolveString(argument, context.module);
  return getParameterIndex(names) === undefined ? [] : [{ family, node: argument, names }];
}

function withCompanions(write: CookieWrite, companions: readonly CompanionSpec[] | undefined, options: TSESTree.Node | undefined, context: WriteContext): CookieWrite[] {
  const writes = [write];
  for (const companion of companions ?? []) {
    const value = options?.type === 'ObjectExpression' ? getPropertyValue(options, companion.option) : undefined;
    const set = value === undefined ? companion.default : getKnownText(resolveString(value, context.module)[0] ?? []) === 'true';
    if (set) writes.push({ ...write, names: concatShapes([write.names, [[companion.suffix]]]) });
  }
  return writes;
}

/** The cookie names in a header or `document.cookie` value: a string, an array of strings, or a serializer call. */
function readHeaderValue(value: TSESTree.Node, family: SinkFamily, context: WriteContext): CookieWrite[] {
  const node = unwrapExpression(value);
  if (node.type === 'ArrayExpression') {
    return node.elements.flatMap((element) => (element && element.type !== 'SpreadElement' ? readHeaderValue(element, family, context) : []));
  }
  if (node.type === 'CallExpression') {
    const serializer = context.index.serializers.find(({ sink }) => 'callee' in sink && matchValue(node.callee, sink.callee, context.module));
    if (serializer && serializer.sink.kind === 'serializer') {
      const nameNode = getNameNode(node.arguments, serializer.sink.name, context);
      const options = getOptions(node.arguments, serializer.sink.options, nameNode !== node.arguments[serializer.sink.name.argument], context);
      if (!nameNode || (options?.object && isDeletingOptions(options.object, context, options.spec.units))) return [];
      return [{ family: serializer.family, node: nameNode, names: resolveString(nameNode, context.module, context.readType), options }];
    }
  }
  const names = resolveString(node, context.module, context.readType).flatMap((shape) => {
    const name = getCookieStringName(shape);
    return name ? [name] : [];
  });
  // A lifetime the text alone does not give but the code does: `setCookie('auth', '', -10)`
  // through a helper that writes `expires=` + a date moved by its `days` deletes.
  if (names.length > 0 && isExpiredString(node, context)) return [];
  // A cookie string a function made (`await commitSession(session)`, `cookie.serialize()`, a
  // forwarded `headers.get('Set-Cookie')`) is named where that function names it, not here.
  if (names.every((shape) => shape.every((part) => part === null)) && isCallResult(node, context)) return [];
  // `[`${NAME}=${v}`, 'path=/'].join('; ')`: the name is in the first element, reported there.
  const named = readArrayJoin(node)?.elements[0] ?? node;
  return names.length > 0 ? [{ family, node: named, names, cookieString: node }] : [];
}

function isExpiredString(node: TSESTree.Node, context: WriteContext): boolean {
  const lifetime = readCookieStringAttributes(node, context.module).lifetime;
  return lifetime !== undefined && lifetime.seconds <= 0;
}

function isCallResult(raw: TSESTree.Node, context: WriteContext): boolean {
  let node = unwrapExpression(raw);
  if (node.type === 'Identifier') {
    const found = findValue(node, context.module, 0);
    if (!found || 'namespace' in found) return false;
    node = unwrapExpression(found.node);
  }
  if (node.type === 'AwaitExpression') node = unwrapExpression(node.argument);
  // `headers.get('set-cookie') ?? ''`: a forwarded value with an empty fallback
  if (node.type === 'LogicalExpression') return isCallResult(node.left, context) && (node.right.type === 'Literal' || isCallResult(node.right, context));
  return node.type === 'CallExpression';
}

function readHeadersObject(headers: TSESTree.ObjectExpression | TSESTree.ArrayExpression, family: SinkFamily, context: WriteContext): CookieWrite[] {
  if (headers.type === 'ArrayExpression') {
    // new Headers([['Set-Cookie', a], ['Set-Cookie', b]]), or writeHead's flat ['Set-Cookie', a] list
    const pairs = headers.elements.every((element) => element?.type === 'ArrayExpression');
    const list = pairs ? headers.elements.map((element) => (element as TSESTree.ArrayExpression).elements) : [headers.elements];
    return list.flatMap((elements) =>
      elements.flatMap((element, index) => {
        const value = elements[index + 1];
        return index % 2 === 0 && element && value && element.type !== 'SpreadElement' && value.type !== 'SpreadElement' && isSetCookieName(element, context)
          ? readHeaderValue(value, family, context)
          : [];
      }),
    );
  }
  return headers.properties.flatMap((property) => {
    if (property.type !== 'Property') return [];
    const key = getStaticKey(property.key, property.computed);
    return key?.toLowerCase() === SET_COOKIE ? readHeaderValue(property.value, family, context) : [];
  });
}

function isSetCookieName(node: TSESTree.Node, context: WriteContext): boolean {
  const shapes = resolveString(node, context.module);
  return shapes.length === 1 && getKnownText(shapes[0]!)?.toLowerCase() === SET_COOKIE;
}

/** The nodes holding the names: the name node, or the first element of each `[name, value]` pair (an array the rule cannot read is one unknown name). */
function getNameNodes(args: readonly TSESTree.Node[], spec: NameSpec, context: WriteContext): TSESTree.Node[] {
  if (spec.itemKey !== undefined) return getItemNameNodes(args[spec.argument], spec.itemKey, context);
  if (!spec.pairs) {
    const nameNode = getNameNode(args, spec, context);
    return nameNode ? [nameNode] : [];
  }
  const argument = args[spec.argument];
  const list = findArrayLiteral(argument, context.module);
  if (!list) return argument ? [argument] : [];
  return list.elements.flatMap((element) => {
    if (!element || element.type === 'SpreadElement') return [];
    const first = element.type === 'ArrayExpression' ? element.elements[0] : element;
    return first && first.type !== 'SpreadElement' ? [first] : [];
  });
}

// `setItems([{ key: 'a', value }])`: each object's key; a list made at run time names what it holds, unknown here.
function getItemNameNodes(argument: TSESTree.Node | undefined, key: string, context: WriteContext): TSESTree.Node[] {
  const list = argument && findArrayLiteral(argument, context.module);
  if (!list) return argument ? [argument] : [];
  return list.elements.flatMap((element) => {
    const item = element && element.type !== 'SpreadElement' ? findObjectLiteral(element, context.module) : undefined;
    const name = item && getPropertyValue(item, key);
    return name ? [name] : element && element.type !== 'SpreadElement' ? [element] : [];
  });
}

/** Whether the options object `argument` sets `key` to the literal `value`. */
function isOptionLiteral(argument: TSESTree.Node | undefined, { key, value }: { key: string; value: boolean }, context: WriteContext): boolean {
  return isLiteral(getPropertyValue(findObjectLiteral(argument, context.module), key), value);
}

/**
 * Whether an argument may be given: it is there and not `null` or `undefined`; with `key`, it is
 * options that set `key`, or an object the rules cannot read whole (a spread, a value from elsewhere).
 */
function mayGiveOption(argument: TSESTree.Node | undefined, key: string | undefined, context: WriteContext): boolean {
  if (argument === undefined) return false;
  if (key === undefined) return !isNullish(argument);
  const object = findObjectLiteral(argument, context.module);
  if (!object || object.type !== 'ObjectExpression') return true;
  return object.properties.some((property) => property.type === 'SpreadElement' || getStaticKey(property.key, property.computed) === key || getStaticKey(property.key, property.computed) === undefined);
}

/** The object literal a helper's caller passes for `argument` (a parameter bound to it), with the caller's module. */
function findCallerObject(argument: TSESTree.Node, context: WriteContext): { node: TSESTree.ObjectExpression; module: ModuleContext } | undefined {
  const passed = findValue(argument, context.module, 0);
  if (!passed || 'namespace' in passed || passed.module === context.module) return undefined;
  const node = unwrapExpression(passed.node);
  return node.type === 'ObjectExpression' ? { node, module: passed.module } : undefined;
}

/** A property of the object literal a helper's caller passes for `argument`, read in the caller's module. */
function findPassedProperty(argument: TSESTree.Node, key: string, context: WriteContext): { node: TSESTree.Node; module: ModuleContext } | undefined {
  const passed = findCallerObject(argument, context);
  const value = passed && getPropertyValue(passed.node, key);
  return value && { node: value, module: passed.module };
}

/** The node holding the name: the argument, or its `objectKey` property when the argument is an object. */
function getNameNode(args: readonly TSESTree.Node[], spec: NameSpec, context: WriteContext): TSESTree.Node | undefined {
  const argument = args[spec.argument];
  if (!argument || argument.type === 'SpreadElement') return undefined;
  if (!spec.objectKey) return argument;
  const object = findObjectLiteral(argument, context.module);
  return object?.type === 'ObjectExpression' ? getPropertyValue(object, spec.objectKey) : argument;
}

function getOptions(args: readonly TSESTree.Node[], spec: OptionsSpec | undefined, nameInObject: boolean, context: WriteContext): CookieWrite['options'] {
  if (!spec) return undefined;
  if (nameInObject && spec.sameObjectAsName) {
    return { spec, object: findObjectLiteral(args[0]!, context.module) };
  }
  const index = spec.argumentByArity?.[args.length] ?? spec.argument;
  const argument = index === undefined ? undefined : args[index];
  const object = argument && findObjectLiteral(argument, context.module);
  if (object?.type === 'ObjectExpression' || !spec.positional || spec.argument === undefined) {
    const literal = object?.type === 'ObjectExpression' ? object : undefined;
    return { spec, object: literal, opaque: argument !== undefined && !literal && !isEmptyValue(argument) };
  }
  const positional = new Map<string, TSESTree.Node>();
  spec.positional.forEach((option, offset) => {
    const value = args[spec.argument! + offset];
    if (value) positional.set(option, value);
  });
  return { spec, positional };
}

/**
 * `maxAge: 0` (or negative), `expires: new Date(0)` or a negative `expires` (js-cookie's days):
 * the write deletes. With the family's lifetime units, a lifetime the code fixes is read too
 * (`{ expires: days }` inside a helper called with `-1`, `new Date(Date.now() - 1000)`).
 */
function isDeletingOptions(object: TSESTree.Node, context: WriteContext, units: OptionsSpec['units'] = {}): boolean {
  if (object.type !== 'ObjectExpression') return false;
  for (const [key, unit] of Object.entries(units)) {
    const value = getPropertyValue(object, key);
    // vue-cookies reads an expiry of -1 as never.
    const seconds = value && unit !== 'vue-cookies' ? readLifetimeSeconds(value, unit, context.module) : undefined;
    if (seconds !== undefined && seconds <= 0) return true;
  }
  for (const key of ['maxAge', 'max-age', 'expires']) {
    const value = getPropertyValue(object, key);
    if (!value) continue;
    const node = unwrapExpression(value);
    if (node.type === 'NewExpression' && node.callee.type === 'Identifier' && node.callee.name === 'Date') {
      const [first] = node.arguments;
      const text = first && getKnownText(resolveString(first, context.module)[0] ?? []);
      if (text !== undefined && Number(text) <= 1) return true;
      continue;
    }
    const text = getKnownText(resolveString(node, context.module)[0] ?? []);
    const amount = node.type === 'UnaryExpression' && node.operator === '-' ? -1 : text === undefined || text === '' ? Number.NaN : Number(text);
    if (amount <= 0) return true;
  }
  return false;
}

function isEmptyValue(node: TSESTree.Node | undefined): boolean {
  if (!node) return true;
  const value = unwrapExpression(node);
  return (value.type === 'Literal' && (value.value === null || value.value === '')) || (value.type === 'Identifier' && value.name === 'undefined');
}

// `localStorage.setItem(scopedKey, bare)` with `const bare = localStorage.getItem(key)`: a value
// read from the very storage it is written to (a copy to another storage is a new item there).
function isReadFromSameStorage(node: TSESTree.Node | undefined, write: TSESTree.Node, context: WriteContext): boolean {
  if (!node || write.type !== 'CallExpression' || write.callee.type !== 'MemberExpression') return false;
  let value = unwrapExpression(node);
  if (value.type === 'Identifier') {
    const binding = context.module.lookup(value);
    if (binding.kind !== 'value' || binding.path.length > 0) return false;
    value = unwrapExpression(binding.init);
  }
  if (value.type !== 'CallExpression' || value.callee.type !== 'MemberExpression' || getMemberName(value.callee) !== 'getItem') return false;
  const storage = getReceiverName(write.callee.object);
  if (storage === undefined || storage !== getReceiverName(value.callee.object)) return false;
  // Put back under its own name (`clear()` in between, ghostfolio's sign-out keeping `utm_source`), it is a write.
  const [readName] = value.arguments;
  const [writtenName] = write.arguments;
  if (!readName || !writtenName || isSameName(readName, writtenName, context)) return false;
  // A migration fills the name the code itself reads (signoz's `get` reads `scopedKey`, and
  // copies the bare key's value there when it is missing); a copy to a name nothing reads
  // (hoppscotch's `${key}-backup`) is a new item.
  return readsName(write, writtenName, storage, context);
}

// Whether the function around `write` (or its module) also reads `name` from the storage.
function readsName(write: TSESTree.Node, name: TSESTree.Node, storage: string, context: WriteContext): boolean {
  return containsNode(findEnclosingFunction(write), (node) => {
    if (node === write || node.type !== 'CallExpression' || node.callee.type !== 'MemberExpression') return false;
    if (getMemberName(node.callee) !== 'getItem' || getReceiverName(node.callee.object) !== storage) return false;
    const [argument] = node.arguments;
    return argument !== undefined && isSameName(argument, name, context);
  });
}

function isSameName(a: TSESTree.Node, b: TSESTree.Node, context: WriteContext): boolean {
  const left = unwrapExpression(a);
  const right = unwrapExpression(b);
  if (left.type === 'Identifier' && right.type === 'Identifier' && left.name === right.name) return true;
  const [readShape, ...otherRead] = resolveString(left, context.module);
  const [writtenShape, ...otherWritten] = resolveString(right, context.module);
  const text = (shape: typeof readShape) => (shape && shape.every((part) => part !== UNKNOWN) ? shape.join('') : undefined);
  return otherRead.length === 0 && otherWritten.length === 0 && text(readShape) !== undefined && text(readShape) === text(writtenShape);
}

// `localStorage`, `window.localStorage`, `globalThis.sessionStorage`: the storage's own name.
function getReceiverName(node: TSESTree.Node): string | undefined {
  const value = unwrapExpression(node);
  if (value.type === 'Identifier') return value.name;
  return value.type === 'MemberExpression' ? getMemberName(value) : undefined;
}

function isFunctionLike(node: TSESTree.Node | undefined): boolean {
  return node?.type === 'ArrowFunctionExpression' || node?.type === 'FunctionExpression';
}

function isLiteral(node: TSESTree.Node | undefined, value: boolean | null): boolean {
  const unwrapped = node && unwrapExpression(node);
  return unwrapped?.type === 'Literal' && unwrapped.value === value;
}
