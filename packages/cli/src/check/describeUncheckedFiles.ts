import { relative } from 'node:path';
import type { UncheckedFiles } from './ProjectLinter.js';

const SHOWN_FILES = 3;

/**
 * One line per kind of component file that was not checked, saying how many, which, and what
 * the project needs for them to be: the parser installed (no ESLint configuration of its own),
 * or a block of its configuration whose `files` match them.
 */
export function describeUncheckedFiles(unchecked: readonly UncheckedFiles[], root: string, configFile: string | undefined): string[] {
  return unchecked.map(({ kind, files }) => {
    const count = `${files.length} ${kind.extension} file${files.length === 1 ? '' : 's'}`;
    const shown = files.slice(0, SHOWN_FILES).map((file) => relative(root, file));
    const them = files.length === 1 ? 'it' : 'them';
    const list = `${shown.join(', ')}${files.length > SHOWN_FILES ? ', ...' : ''}`;
    const remedy =
      configFile === undefined
        ? `reading ${them} needs ${kind.parser}, which the project does not have. Add ${kind.install} to its devDependencies and run again.`
        : `no block of ${relative(root, configFile) || configFile} has \`files\` that match ${them}. Add one that parses ${them} with ${kind.parser} (\`{ files: ['**/*${kind.extension}'], languageOptions: { parser } }\`) and run again.`;
    return `cookie-ledger: ${count} that may write cookies or storage ${files.length === 1 ? 'was' : 'were'} not checked (${list}): ${remedy}`;
  });
}
