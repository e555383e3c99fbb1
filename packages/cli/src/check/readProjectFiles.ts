import { readFileSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { listProjectFiles } from './listProjectFiles.js';

/** The project's source files under `paths` (path to text), read once for every check; a path that does not exist is a usage error. */
export function readProjectFiles(root: string, paths: readonly string[]): Map<string, string> {
  let list: string[];
  try {
    list = listProjectFiles(root, paths);
  } catch (error) {
    throw new UsageError(`${(error as Error).message}. Name files or folders of the project.`);
  }
  return new Map(list.map((file) => [file, readFileSync(file, 'utf8')]));
}
