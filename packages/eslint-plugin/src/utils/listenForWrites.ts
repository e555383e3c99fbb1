import type { TSESLint } from '@typescript-eslint/utils';
import { collectAssignmentWrites, collectCallWrites, type WriteContext } from './collectWrites.js';
import type { CookieWrite } from './cookieWrite.js';
import { createFileContext } from './fileContext.js';
import type { PreparedSettings } from './settings.js';
import type { TypeReader } from './resolveString.js';

/**
 * The listeners that find every write of the catalogue in a file and hand them over at the end
 * of the file. A file that mentions no sink's trigger word cannot write anything: it gets no
 * listeners at all, which keeps files without writes next to free.
 */
export function listenForWrites(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  settings: PreparedSettings,
  readType: TypeReader | undefined,
  onExit: (writes: readonly CookieWrite[]) => void,
): TSESLint.RuleListener {
  if (!settings.index.trigger.test(context.sourceCode.text)) return {};
  const writeContext: WriteContext = {
    index: settings.index,
    module: createFileContext(context.sourceCode, context.filename),
    readType,
  };
  const writes: CookieWrite[] = [];
  return {
    CallExpression: (node) => void writes.push(...collectCallWrites(node, writeContext)),
    NewExpression: (node) => void writes.push(...collectCallWrites(node, writeContext)),
    AssignmentExpression: (node) => void writes.push(...collectAssignmentWrites(node, writeContext)),
    'Program:exit': () => onExit(writes),
  };
}
