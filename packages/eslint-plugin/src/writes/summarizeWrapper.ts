import type { TSESTree } from '@typescript-eslint/utils';
import { bindArguments, getOwnContext } from '../names/bindArguments.js';
import { type FunctionNode, type ModuleContext, type PathStep, getMemberName, unwrapExpression } from '../names/bindings.js';
import { findThisMember } from '../names/thisMembers.js';
import { findConstructor, getInitializedClassBody } from '../names/classConstructions.js';
import { type CalledFunction, findCalledFunction } from '../names/findCalledFunction.js';
import { mayHoldWrapper } from './mayImportWrapper.js';
import { collectAssignmentWrites, collectCallWrites, type WriteContext } from './collectWrites.js';
import { collectWrapperWrites, onOwnPath } from './collectWrapperWrites.js';
import type { CookieWrite } from './cookieWrite.js';
import { type ParameterPlace, createPlaceholder, getParameterPlace } from './parameterPlaceholder.js';
import { isInLibraryCallback } from './libraryCallback.js';
import { UNKNOWN } from '../names/stringShape.js';
import { resolveString } from '../names/resolveString.js';
import type { SinkIndex } from './sinkIndex.js';
import { collectElementWrites } from './collectElementWrites.js';
import { asComponentCall } from './componentCall.js';

/** A node that can write: a call, a `new`, an assignment. */
export type WriteSite = TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.AssignmentExpression;

/** A node inside a wrapper that can write: a write site, or a JSX element (a catalogued component, or the project's own). */
export type SummarySite = WriteSite | TSESTree.JSXOpeningElement;

/** What makes a function a wrapper: the writes inside it that its callers decide. */
export interface WrapperSummary {
  /** Each write site inside the function (nested closures included), and whether a parameter supplies its name (else its storage). */
  readonly sites: ReadonlyMap<SummarySite, WrapperSite>;
  /** The function's module in which each parameter stands for its placeholder string. */
  readonly placeholders: ModuleContext;
  /**
   * The parameters the function calls with a name it was given (`setItem(key, value)` in
   * `atomWithStorage(key, getItem, setItem)`): a function passed there is called by the wrapper.
   */
  readonly callbacks: ReadonlySet<number>;
}

/** One write site of a wrapper. */
export interface WrapperSite {
  /** Whether a parameter supplies its name (else its storage). */
  readonly namedByParameter: boolean;
  /** For each of the site's writes, in order, the parameter (and the properties of it) its name comes from, if any. */
  readonly places: readonly (ParameterPlace | undefined)[];
  /**
   * The site hands a parameter on into a cycle of helpers (see {@link walkWrapper}): it writes
   * nothing the function's other sites do not, so a call's writes are not collected through it
   * again (each pass around the cycle would branch anew, up to the depth limit).
   */
  readonly intoCycle?: boolean;
}

/** How many wrappers deep a call is followed (a wrapper of a wrapper of ...). */
export const MAX_WRAPPER_DEPTH = 12;

/**
 * A kept summary. One cut short (a wrapper it calls was past the depth limit, or already being
 * summarised) holds for asks at its depth or deeper only: asked from nearer the top, it is made
 * again, so what a file reports does not depend on which file was linted first.
 */
interface KeptSummary {
  readonly module: ModuleContext;
  readonly index: SinkIndex;
  readonly summary: WrapperSummary | undefined;
  readonly cutShortAt: number | undefined;
}

const summaries = new WeakMap<FunctionNode, KeptSummary[]>();
const inProgress = new Set<FunctionNode>();
// Counts the summaries refused for depth or a cycle, to tell whether a summary leaned on one.
let refusals = 0;

/** Counts a call not followed because it goes around a cycle (see {@link collectWrapperWrites}): what was collected meanwhile is cut short. */
export function noteRefusal(): void {
  refusals += 1;
}

/**
 * Whether a function is a wrapper: some write inside it takes its name (or constant prefix plus
 * its name) or its storage from a parameter, directly or through another wrapper. Each parameter
 * stands for a placeholder string while the body is walked with the ordinary write collection;
 * a name holding a placeholder comes from that parameter. Undefined for a function that is no
 * wrapper. Kept per function node (a parsed project file stays cached until it changes).
 */
export function summarizeWrapper(called: CalledFunction, index: SinkIndex, depth = 0): WrapperSummary | undefined {
  const fn = called.fn;
  const module = getOwnContext(fn, called.module);
  const known = summaries.get(fn) ?? [];
  const cached = known.find((entry) => entry.module === module && entry.index === index);
  if (cached && (cached.cutShortAt === undefined || depth >= cached.cutShortAt)) return cached.summary;
  if (inProgress.has(fn) || depth > MAX_WRAPPER_DEPTH) {
    refusals += 1;
    return undefined;
  }
  inProgress.add(fn);
  const refusedBefore = refusals;
  let summary: WrapperSummary | undefined;
  try {
    summary = onOwnPath(() => walkWrapper(fn, module, index, depth));
  } finally {
    inProgress.delete(fn);
  }
  const kept: KeptSummary = { module, index, summary, cutShortAt: refusals === refusedBefore ? undefined : depth };
  summaries.set(fn, [...known.filter((entry) => entry !== cached), kept]);
  return summary;
}

function walkWrapper(fn: FunctionNode, module: ModuleContext, index: SinkIndex, depth: number): WrapperSummary | undefined {
  // A destructured parameter's placeholder says which property it reads, so a caller's report can sit on that property.
  const placeholders = bindArguments(module, fn, (position, binding) => ({ node: createPlaceholder(position, fn, leadingProperties(binding.path)), module, path: [] }));
  const context: WriteContext = { index, module: placeholders };
  const sites = new Map<SummarySite, WrapperSite>();
  const callbacks = new Set<number>();
  // A constructor's parameters reach the class's methods through `this` (`this.options = options`),
  // and so do those of a method that keeps them there (`setup(id) { this.id = id }`),
  // when a method calls something the catalogue knows: walking every class whole would cost as much as linting it.
  const classBody = getInitializedClassBody(fn);
  forEachWriteSite(classBody && mayWriteInClass(classBody, index) ? classBody : fn.body, (site) => {
    // `createServerClient(url, key, { cookies: { set(...) {...} } })` writes for the library, not for this function's callers.
    if (isInLibraryCallback(site, context)) return;
    const refusedBefore = refusals;
    const writes = collectSiteWrites(site, context, fn, depth);
    const places = writes.map((write) => getParameterPlace(write.names));
    if (places.some((place) => place !== undefined)) sites.set(site, { namedByParameter: true, places });
    // A call handing a parameter on into a cycle (big-AGI's `#performWrite(key)` calling
    // `#scheduleWrite(key)`, which calls `#performWrite(key)` again) shows no write of its own
    // while the cycle is being summarised; its name is this function's callers' as the cycle's writes are.
    else if (writes.length === 0 && refusals !== refusedBefore && site.type === 'CallExpression' && passesParameter(site, placeholders)) sites.set(site, { namedByParameter: true, places: [], intoCycle: true });
    // A function the caller passes is called here with a name: what it writes is known only at the caller.
    else if (writes.length === 0 && site.type === 'CallExpression' && callsParameterWithName(site, fn, module, placeholders, callbacks)) sites.set(site, { namedByParameter: true, places: [] });
    // A storage parameter whose declared type already says what it is (`res: FastifyReply`) with
    // a name known inside is checked where the helper writes; its callers would only repeat it.
    else if ((site.type === 'CallExpression' || site.type === 'NewExpression') && takesStorageFromParameter(site, fn, module, index) && !isCheckedInside(site, module, index, fn, depth)) {
      sites.set(site, { namedByParameter: false, places });
    }
  });
  return sites.size > 0 ? { sites, placeholders, callbacks } : undefined;
}

/** Whether a call is given a value made from one of the function's parameters. */
function passesParameter(site: TSESTree.CallExpression, placeholders: ModuleContext): boolean {
  return site.arguments.some((argument) => argument.type !== 'SpreadElement' && getParameterPlace(resolveString(argument, placeholders)) !== undefined);
}

/** Whether `site` calls a parameter of `fn` with an argument made from another parameter; that parameter is added to `callbacks`. */
function callsParameterWithName(site: TSESTree.CallExpression, fn: FunctionNode, module: ModuleContext, placeholders: ModuleContext, callbacks: Set<number>): boolean {
  if (site.callee.type !== 'Identifier') return false;
  const binding = module.lookup(site.callee);
  if (binding.kind !== 'param' || binding.fn !== fn || binding.path.length > 0) return false;
  const named = passesParameter(site, placeholders);
  if (named) callbacks.add(binding.index);
  return named;
}

/** The body of the class whose constructor `fn` is, if it is one. */
export function getConstructedClassBody(fn: FunctionNode): TSESTree.ClassBody | undefined {
  const method = fn.parent;
  return method?.type === 'MethodDefinition' && method.kind === 'constructor' && method.parent.type === 'ClassBody' ? method.parent : undefined;
}

/**
 * Whether a class body calls a method the catalogue has a sink for (`x.setItem(...)`, `x.cookie(...)`)
 * or assigns a catalogued property (`document.cookie = ...`): a text-free look, kept per class.
 */
function mayWriteInClass(body: TSESTree.ClassBody, index: SinkIndex): boolean {
  let verdicts = classVerdicts.get(index);
  if (!verdicts) classVerdicts.set(index, (verdicts = new WeakMap()));
  const known = verdicts.get(body);
  if (known !== undefined) return known;
  let found = false;
  forEachWriteSite(body, (site) => {
    if (found) return;
    if (site.type === 'AssignmentExpression') found = site.left.type === 'MemberExpression' && index.assignments.has(getMemberName(site.left) ?? '');
    else if (site.type !== 'JSXOpeningElement' && site.callee.type === 'MemberExpression') found = index.calls.has(`.${getMemberName(site.callee) ?? ''}`);
  });
  verdicts.set(body, found);
  return found;
}

// Per catalogue: a project's own sinks setting adds callee names.
const classVerdicts = new WeakMap<SinkIndex, WeakMap<TSESTree.ClassBody, boolean>>();


/** The writes of one site: a sink of the catalogue, or else a call of another wrapper. */
export function collectSiteWrites(site: SummarySite, context: WriteContext, caller: FunctionNode | undefined, depth: number): CookieWrite[] {
  if (site.type === 'AssignmentExpression') return collectAssignmentWrites(site, context);
  if (site.type === 'JSXOpeningElement') return collectJsxElementWrites(site, context, caller, depth);
  const writes = collectCallWrites(site, context);
  if (writes.length > 0) return writes;
  const called = findCalledFunction(site, context.module, (file) => mayHoldWrapper(file, context.index.trigger));
  return called && called.fn !== caller ? collectWrapperWrites(site, called, context, depth + 1) : [];
}

/**
 * The writes of rendering a JSX element: a catalogued component's, or else those of the project's
 * own component, followed as the call React makes with its props (`<DataTable storageKey="orders" />`).
 */
export function collectJsxElementWrites(site: TSESTree.JSXOpeningElement, context: WriteContext, caller: FunctionNode | undefined, depth: number): CookieWrite[] {
  const found = collectElementWrites(site, context);
  if (found.length > 0) return found;
  const call = asComponentCall(site);
  const called = call && findCalledFunction(call, context.module, (file) => mayHoldWrapper(file, context.index.trigger));
  return call && called && called.fn !== caller ? collectWrapperWrites(call, called, context, depth + 1) : [];
}

function isCheckedInside(site: TSESTree.CallExpression | TSESTree.NewExpression, module: ModuleContext, index: SinkIndex, fn: FunctionNode, depth: number): boolean {
  const writes = collectSiteWrites(site, { index, module }, fn, depth);
  return writes.length > 0 && writes.every((write) => write.names.every((shape) => !shape.includes(UNKNOWN)));
}

// `function save(store, key) { store.setItem(key, v) }`: the storage is the caller's argument (or a
// property of it: `{ storage }`, `opts.storage`); so is
// `this.storage` in a class whose constructor keeps its parameter (`this.storage = storage`).
function takesStorageFromParameter(site: TSESTree.CallExpression | TSESTree.NewExpression, fn: FunctionNode, module: ModuleContext, index: SinkIndex): boolean {
  const callee = site.callee;
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return false;
  if (!index.calls.has(`.${callee.property.name}`)) return false;
  const object = unwrapExpression(callee.object);
  if (object.type === 'MemberExpression' && object.object.type === 'ThisExpression') {
    // In the constructor, or in a method of its class (`this.storage.setItem(getKey(key))`: the `new` gives the storage, the method's call the name).
    const constructor = getConstructedClassBody(fn) ? fn : getMethodClassConstructor(fn);
    return (constructor && findThisMember(object)?.values.some((value) => isParameterOf(value, constructor, module))) ?? false;
  }
  // `opts.storage.setItem(key, v)`: a property of an options parameter.
  if (object.type === 'MemberExpression' && !object.computed) return isParameterOf(unwrapExpression(object.object), fn, module);
  return isParameterOf(object, fn, module);
}

/** The constructor of the class whose instance method `fn` is. */
function getMethodClassConstructor(fn: FunctionNode): FunctionNode | undefined {
  const method = fn.parent;
  return method?.type === 'MethodDefinition' && method.kind === 'method' && !method.static && method.parent.type === 'ClassBody' ? findConstructor(method.parent) : undefined;
}

// A parameter, or a property destructured from one (`{ key, storage = window.localStorage }`).
function isParameterOf(node: TSESTree.Node, fn: FunctionNode, module: ModuleContext): boolean {
  if (node.type !== 'Identifier') return false;
  const binding = module.lookup(node);
  return binding.kind === 'param' && binding.fn === fn;
}

/** Calls, `new` expressions, assignments and JSX elements under `root`, nested functions included. */
export function forEachWriteSite(root: TSESTree.Node, visit: (site: SummarySite) => void): void {
  const stack: TSESTree.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'CallExpression' || node.type === 'NewExpression' || node.type === 'AssignmentExpression' || node.type === 'JSXOpeningElement') visit(node);
    for (const key in node) {
      if (key === 'parent' || key === 'typeAnnotation' || key === 'returnType' || key === 'typeArguments' || key === 'typeParameters') continue;
      const value = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(value)) {
        for (const child of value) if (isNode(child)) stack.push(child);
      } else if (isNode(value)) {
        stack.push(value);
      }
    }
  }
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

function leadingProperties(path: readonly PathStep[]): string[] {
  const properties: string[] = [];
  for (const step of path) {
    if (!('property' in step)) break;
    properties.push(step.property);
  }
  return properties;
}
