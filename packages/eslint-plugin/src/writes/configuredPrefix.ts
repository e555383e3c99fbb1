import type { ConfiguredPrefix } from '../sinks/types.js';
import { findPackageDirectory } from '../names/isFrameworkProject.js';
import { findProjectTexts } from '../names/projectReferences.js';
import { getResolutionScope } from '../names/resolveModuleFile.js';
import { type StringShape, UNKNOWN } from '../names/stringShape.js';

// Per package folder and configuring call, kept as long as resolutions are: every write of the family asks.
const byScope = new WeakMap<object, Map<string, StringShape>>();
const STRING_ARGUMENT = /^\s*\(\s*(['"])([^'"\\\r\n]*)\1\s*\)/;

/**
 * The prefix a project sets with `object.method('text')` in one of its files (chained calls
 * included: `localStorageServiceProvider.setStorageType('x').setPrefix('app')`), as the text it puts
 * before each name: `app` and the separator. An argument that is not a literal gives an unknown
 * prefix; no such call, the library's fallback.
 */
export function readConfiguredPrefix(spec: ConfiguredPrefix, file: string): StringShape {
  const scope = getResolutionScope();
  let known = byScope.get(scope);
  if (!known) byScope.set(scope, (known = new Map()));
  const key = `${findPackageDirectory(file) ?? ''}\0${spec.object}.${spec.method}`;
  let prefix = known.get(key);
  if (!prefix) known.set(key, (prefix = findConfiguredPrefix(spec, file)));
  return prefix;
}

function findConfiguredPrefix(spec: ConfiguredPrefix, file: string): StringShape {
  const call = `.${spec.method}(`;
  const configuring = (findProjectTexts(file, call) ?? []).find(({ text }) => text.includes(spec.object));
  if (!configuring) return [spec.fallback];
  const at = configuring.text.indexOf(call) + call.length - 1;
  const literal = STRING_ARGUMENT.exec(configuring.text.slice(at, at + 200));
  if (!literal) return [UNKNOWN];
  const prefix = literal[2]!;
  return [prefix === '' || prefix.endsWith(spec.separator) ? prefix : prefix + spec.separator];
}
