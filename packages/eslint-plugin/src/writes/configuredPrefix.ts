import type { ConfiguredPrefix } from '../sinks/types.js';
import { findProjectTexts } from '../names/projectReferences.js';
import { type StringShape, UNKNOWN } from '../names/stringShape.js';

const STRING_ARGUMENT = /^\s*\(\s*(['"])([^'"\\\r\n]*)\1\s*\)/;

/**
 * The prefix a project sets with `object.method('text')` in one of its files (chained calls
 * included: `localStorageServiceProvider.setStorageType('x').setPrefix('app')`), as the text it puts
 * before each name: `app` and the separator. An argument that is not a literal gives an unknown
 * prefix; no such call, the library's fallback.
 */
export function readConfiguredPrefix(spec: ConfiguredPrefix, file: string): StringShape {
  const texts = findProjectTexts(file, `.${spec.method}(`) ?? [];
  for (const { text } of texts) {
    if (!text.includes(spec.object)) continue;
    for (let at = text.indexOf(`.${spec.method}(`); at !== -1; at = text.indexOf(`.${spec.method}(`, at + 1)) {
      const literal = STRING_ARGUMENT.exec(text.slice(at + spec.method.length + 1, at + spec.method.length + 200));
      if (!literal) return [UNKNOWN];
      const prefix = literal[2]!;
      return [prefix === '' || prefix.endsWith(spec.separator) ? prefix : prefix + spec.separator];
    }
  }
  return [spec.fallback];
}
