import type { TSESLint } from '@typescript-eslint/utils';
import { alsoInTemplate } from './alsoInTemplate.js';
import { collectAssignmentWrites, collectCallWrites, type WriteContext } from './collectWrites.js';
import type { CookieWrite } from './cookieWrite.js';
import { createFileContext } from '../names/fileContext.js';
import type { PreparedSettings } from '../policy/settings.js';
import type { TypeReader } from '../names/resolveString.js';

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

/**
 * The listeners that find every write of the catalogue in a file and hand them over at the end
 * of the file. A file that mentions no sink's trigger word cannot write anything: it gets no
 * listeners at all, which keeps files without writes next to free. Rules linting the same file
 * with the same catalogue share one walk.
 */
export function listenForWrites(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  settings: PreparedSettings,
  readType: TypeReader | undefined,
  onExit: (writes: readonly CookieWrite[]) => void,
): TSESLint.RuleListener {
  if (!settings.index.trigger.test(context.sourceCode.text)) return {};
  const shared = walks.get(context.sourceCode) ?? [];
  walks.set(context.sourceCode, shared);
  const earlier = shared.find((walk) => walk.index === settings.index && walk.typed === (readType !== undefined));
  if (earlier) return { 'Program:exit': () => onExit(earlier.writes) };
  const writeContext: WriteContext = {
    index: settings.index,
    module: createFileContext(context.sourceCode, context.filename),
    readType,
  };
  const writes: CookieWrite[] = [];
  shared.push({ index: settings.index, typed: readType !== undefined, writes });
  return {
    ...alsoInTemplate(context.sourceCode, {
      CallExpression: (node) => void writes.push(...collectCallWrites(node, writeContext)),
      NewExpression: (node) => void writes.push(...collectCallWrites(node, writeContext)),
      AssignmentExpression: (node) => void writes.push(...collectAssignmentWrites(node, writeContext)),
    }),
    'Program:exit': () => onExit(writes),
  };
}
