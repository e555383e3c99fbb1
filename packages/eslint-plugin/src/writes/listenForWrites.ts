import type { TSESLint } from '@typescript-eslint/utils';
import { alsoInTemplate } from './alsoInTemplate.js';
import { type ElementSite, collectElementWrites } from './collectElementWrites.js';
import { collectAssignmentWrites, collectCallWrites, type WriteContext } from './collectWrites.js';
import { type CookieWrite, getWriteStorage } from './cookieWrite.js';
import { isServerOnlyFile } from '../names/serverOnlyFile.js';
import { createFileContext } from '../names/fileContext.js';
import type { PreparedSettings } from '../policy/settings.js';
import type { TypeReader } from '../names/resolveString.js';
import { collectWrapperWrites } from './collectWrapperWrites.js';
import { type TypedOptionsSite, collectTypedOptionsWrites } from './collectTypedOptionsWrites.js';
import { dropRepeatedWrites } from './dropRepeatedWrites.js';
import { dropUnassignedWrites } from './readOnlyUse.js';
import { findCalledFunction } from '../names/findCalledFunction.js';
import { isWrittenForCallers } from './isWrittenForCallers.js';
import { isInLibraryCallback } from './libraryCallback.js';
import { mayAutoImportWrapper, mayHoldWrapper, mayImportWrapper, mayUseScriptGlobalWrapper, mayInjectWrapper } from './mayImportWrapper.js';
import type { SinkIndex } from './sinkIndex.js';
import { type WriteSite, collectJsxElementWrites } from './summarizeWrapper.js';
import { UNKNOWN } from '../names/stringShape.js';
import { type VueElement, collectSvelteComponentWrites, collectVueElementWrites } from './componentElementWrites.js';

/** The writes one walk of a file collects, shared by every rule that asks for the same walk. */
interface SharedWalk {
  readonly index: PreparedSettings['index'];
  readonly typed: boolean;
  readonly writes: CookieWrite[];
}

// Every rule of the plugin needs the same writes: the first rule created for a file walks it,
// the others read its writes at the end of the file (all node listeners run before any
// `Program:exit`). Keyed by the file's SourceCode, which ESLint makes anew for each pass.
const walks = new WeakMap<object, SharedWalk[]>();
// The pre-test's answer for the file being linted, asked once whichever of the rules comes
// first: ESLint creates every rule for one file before it moves on to the next, so the last
// file's answer is all there is to keep (a WeakMap entry per file cost more than the look-up).
let pretested: { readonly sourceCode: object; readonly index: SinkIndex; readonly result: boolean } | undefined;

/** What {@link listenForWrites} gives a file that cannot write: no listeners at all. */
export const NO_LISTENERS: TSESLint.RuleListener = Object.freeze({});

/**
 * The listeners that find every write of the catalogue in a file and hand them over at the end
 * of the file, the writes made through the project's own wrappers included. A file that mentions
 * no sink's trigger word and imports no project module that may hold a wrapper cannot write
 * anything: it gets no listeners at all, which keeps files without writes next to free. Rules linting the same file
 * with the same catalogue share one walk.
 */
export function listenForWrites(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  settings: PreparedSettings,
  readType: TypeReader | undefined,
  onExit: (writes: readonly CookieWrite[]) => void,
): TSESLint.RuleListener {
  const { sourceCode, filename } = context;
  if (pretested?.sourceCode !== sourceCode || pretested.index !== settings.index) {
    pretested = { sourceCode, index: settings.index, result: mayWrite(sourceCode.text, filename, settings.index) };
  }
  if (!pretested.result) return NO_LISTENERS;
  const shared = walks.get(sourceCode) ?? [];
  walks.set(sourceCode, shared);
  const earlier = shared.find((walk) => walk.index === settings.index && walk.typed === (readType !== undefined));
  if (earlier) return { 'Program:exit': () => onExit(earlier.writes) };
  const writeContext: WriteContext = {
    index: settings.index,
    module: createFileContext(sourceCode, filename),
    readType,
    program: sourceCode.ast,
  };
  const writes: CookieWrite[] = [];
  shared.push({ index: settings.index, typed: readType !== undefined, writes });
  const collect = (site: WriteSite): void => {
    const found = dropUnassignedWrites(collectFileSiteWrites(site, writeContext), site);
    if (found.length > 0 && isInLibraryCallback(site, writeContext)) return;
    // A name that is only partly known here, because a parameter supplies it, is the callers' to give.
    const open = found.filter((write) => write.names.some((shape) => shape.includes(UNKNOWN)));
    const forCallers = open.length > 0 && isWrittenForCallers(site, writeContext.module, writeContext.index);
    writes.push(...(forCallers ? found.filter((write) => !open.includes(write)) : found));
  };
  // A component of the project whose prop names what it stores is a wrapper like any function.
  const collectElement = (site: Exclude<ElementSite, VueElement>): void => {
    if (site.type === 'JSXOpeningElement') writes.push(...collectJsxElementWrites(site, writeContext, undefined, 0));
    else writes.push(...collectElementWrites(site, writeContext), ...collectSvelteComponentWrites(site, writeContext));
  };
  // A Vue template element of the project's own component whose props name what it stores.
  const collectVueElement = (site: VueElement): void => {
    writes.push(...collectVueElementWrites(site, writeContext));
  };
  const collectTypedOptions = (site: TypedOptionsSite): void => {
    writes.push(...collectTypedOptionsWrites(site, writeContext));
  };
  const typedOptionsListeners = settings.index.typedOptions.length > 0 ? { VariableDeclarator: collectTypedOptions, TSSatisfiesExpression: collectTypedOptions } : {};
  return {
    ...alsoInTemplate(sourceCode, { CallExpression: collect, NewExpression: collect, AssignmentExpression: collect, VElement: collectVueElement }),
    ...typedOptionsListeners,
    JSXOpeningElement: collectElement,
    SvelteElement: collectElement,
    'Program:exit': () => {
      let found = dropRepeatedWrites(writes);
      // A module that only runs on the server (`app/api/x/route.ts`) has no browser storage to write.
      if (found.some((write) => getWriteStorage(write) !== 'cookie') && isServerOnlyFile(filename, sourceCode.text)) {
        found = found.filter((write) => getWriteStorage(write) === 'cookie');
      }
      writes.splice(0, writes.length, ...found);
      onExit(writes);
    },
  };
}

/**
 * The pre-test that keeps files without writes next to free: a file can write when its text has a
 * trigger word of the catalogue, or when it imports a project module that may hold a wrapper (an
 * import, a Nuxt auto-import, a global another classic script of its folder defines, an AngularJS
 * service it is injected).
 */
export function mayWrite(text: string, file: string, index: SinkIndex): boolean {
  return (
    index.trigger.test(text) ||
    mayImportWrapper(text, file, index.trigger) ||
    mayAutoImportWrapper(text, file, index.trigger) ||
    mayUseScriptGlobalWrapper(text, file, index.trigger) ||
    mayInjectWrapper(text, file, index.trigger)
  );
}

// A catalogued sink first; a call of the project's own code may be a wrapper of one.
function collectFileSiteWrites(site: WriteSite, context: WriteContext): CookieWrite[] {
  if (site.type === 'AssignmentExpression') return collectAssignmentWrites(site, context);
  const writes = collectCallWrites(site, context);
  if (writes.length > 0) return writes;
  const called = findCalledFunction(site, context.module, (file) => mayHoldWrapper(file, context.index.trigger));
  return called ? collectWrapperWrites(site, called, context) : [];
}
