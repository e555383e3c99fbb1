import { basename, relative, sep } from 'node:path';
import { findPackageDirectory, isFrameworkProject } from './isFrameworkProject.js';

const SCRIPT = /\.(?:[cm]?[jt]sx?)$/;
// `'use server'` (or `"use server"`) as the file's first statement, after comments.
const USE_SERVER = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*(['"])use server\1/;

/**
 * Whether a file only ever runs on the server, by its framework's conventions: a `'use server'`
 * module, SvelteKit's and Remix's `+server` / `*.server.*` modules, a Next.js route handler
 * (`app/**\/route.ts`), API route (`pages/api/**`) or middleware, Nuxt's `server/` folder. No
 * browser storage exists there: localStorage, sessionStorage and IndexedDB writes cannot happen.
 */
export function isServerOnlyFile(file: string, text: string): boolean {
  if (USE_SERVER.test(text)) return true;
  const name = basename(file);
  if (!SCRIPT.test(name)) return false;
  if (name.startsWith('+server.') || /\.server\.[^.]+$/.test(name)) return true;
  const project = findPackageDirectory(file);
  if (!project) return false;
  const parts = relative(project, file).split(sep);
  if (isFrameworkProject(file, 'next')) {
    if (/^route\./.test(name) && parts.includes('app')) return true;
    const pages = parts.indexOf('pages');
    if (pages !== -1 && parts[pages + 1] === 'api') return true;
    if (/^(?:middleware|proxy|instrumentation)\./.test(name) && (parts.length === 1 || (parts.length === 2 && parts[0] === 'src'))) return true;
  }
  return isFrameworkProject(file, 'nuxt') && parts[0] === 'server';
}
