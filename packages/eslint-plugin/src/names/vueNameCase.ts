// How Vue matches the names a template writes to a component's and its props' names.

/** `complex-table` and `ComplexTable` as a tag of a registered component: `ComplexTable`. */
export function toPascalCase(name: string): string {
  return name.replace(/(?:^|-)([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

/** `ComplexTable` as a template may also write it: `complex-table`. */
export function toKebabCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter, at: number) => (at === 0 ? '' : '-') + letter.toLowerCase());
}

/** `cache-key` as the prop it sets: `cacheKey`. */
export function toCamelCase(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}
