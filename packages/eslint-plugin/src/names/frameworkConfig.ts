import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// What a framework's project declares is read again after a few seconds, as module resolutions
// are: a lint run asks once per identifier, an editor still sees an edited config soon after.
const LIFETIME_MS = 5000;

/**
 * A framework's configuration file (`nuxt.config.ts`, `svelte.config.js`): where its project's
 * root is for a file, its text (read, never run), and what is derived from it, kept a few seconds.
 */
export class FrameworkConfig<T> {
  private readonly roots = new Map<string, string | null>();
  private readonly derived = new Map<string, { readonly created: number; readonly value: T }>();

  /** `files`: the configuration's names, in the framework's order; `derive` reads what the rules need from a root and its configuration's text. */
  constructor(
    private readonly files: readonly string[],
    private readonly derive: (root: string, text: string) => T,
  ) {}

  /** The nearest folder above `directory` holding a configuration file, not looking past the first package.json. */
  findRoot(directory: string): string | undefined {
    const known = this.roots.get(directory);
    if (known !== undefined) return known ?? undefined;
    const parent = dirname(directory);
    const found = this.files.some((name) => existsSync(join(directory, name)))
      ? directory
      : parent === directory || existsSync(join(directory, 'package.json'))
        ? undefined
        : this.findRoot(parent);
    this.roots.set(directory, found ?? null);
    return found;
  }

  /** The text of the root's configuration file, or `''`. */
  readText(root: string): string {
    for (const name of this.files) {
      try {
        return readFileSync(join(root, name), 'utf8');
      } catch {
        // try the next name
      }
    }
    return '';
  }

  /** What `derive` gives for this root, read again after a few seconds. */
  get(root: string): T {
    const now = Date.now();
    let cached = this.derived.get(root);
    if (!cached || now - cached.created > LIFETIME_MS) this.derived.set(root, (cached = { created: now, value: this.derive(root, this.readText(root)) }));
    return cached.value;
  }
}
