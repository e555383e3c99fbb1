import { dirname, join } from 'node:path';
import { FrameworkConfig } from './frameworkConfig.js';

// A package built with Vue CLI (its package.json lists `@vue/cli-service`).
const vueCliPackage = new FrameworkConfig(['package.json'], (_root, text) => /"@vue\/cli-service"\s*:/.test(text));

/**
 * The path `@/...` points at in a Vue CLI project: Vue CLI's webpack config maps `@` to `src/`
 * without a jsconfig or tsconfig saying so (semaphore's `@/components/TableSettingsSheet.vue`).
 * Undefined for other specifiers and outside such a project.
 */
export function getVueCliAliasPath(fromFile: string, source: string): string | undefined {
  if (!source.startsWith('@/')) return undefined;
  const root = vueCliPackage.findRoot(dirname(fromFile));
  return root !== undefined && vueCliPackage.get(root) ? join(root, 'src', source.slice(2)) : undefined;
}
