import { isAbsolute, resolve } from 'node:path';
import { STORAGE_KINDS, type StorageKind } from '@cookie-ledger/core';
import { SINK_FAMILIES } from '../sinks/index.js';
import { globalValue, importedFrom, memberOf } from '../sinks/shapes.js';
import type { CallSink, LifetimeUnit, SinkFamily, ValueSpec } from '../sinks/types.js';
import { type SinkIndex, createSinkIndex } from '../writes/sinkIndex.js';
import { findClosest } from '@cookie-ledger/extract/resolve';

/** The key of the plugin's shared settings: `settings['cookie-ledger']`. */
export const SETTINGS_KEY = 'cookie-ledger';

/** A project's own cookie-writing wrapper, declared in `settings['cookie-ledger'].sinks`. */
export interface CustomSinkSetting {
  /** The module exporting the wrapper: a package name, or a path relative to the current directory (`./src/lib/cookies.ts`). */
  readonly module?: string;
  /** Instead of `module`: a global (or auto-imported) function or object, such as Nuxt's `useCookie`. */
  readonly global?: string;
  /** The export: `'default'` or a named export. Default: `'default'`. */
  readonly export?: string;
  /** When the export is an object, the method that writes (`cookieJar.write`). */
  readonly method?: string;
  /** The argument holding the cookie name. Default: 0. */
  readonly nameArgument?: number;
  /** When that argument is an object, the key holding the name. */
  readonly nameKey?: string;
  /** The argument holding the options object. */
  readonly optionsArgument?: number;
  /** The unit of each numeric lifetime option, e.g. `{ "maxAge": "seconds" }`. */
  readonly units?: Readonly<Record<string, LifetimeUnit>>;
  /** Where the wrapper stores the value. Default: `'cookie'`. */
  readonly storage?: StorageKind;
  /** The export is a class: `new IndexedDBStore(name)` writes (calls without `new` do not). Default: `false`. */
  readonly constructs?: boolean;
}

/** The keys `settings['cookie-ledger']` takes (documented in docs/eslint-plugin.md, Settings). */
export const SETTING_KEYS = ['policy', 'sinks', 'typeAware'] as const;

/** The keys an entry of `settings['cookie-ledger'].sinks` takes. */
const SINK_KEYS: readonly (keyof CustomSinkSetting)[] = ['module', 'global', 'export', 'method', 'nameArgument', 'nameKey', 'optionsArgument', 'units', 'storage', 'constructs'];

/** One thing wrong with the settings. */
export interface SettingsProblem {
  /** The problem, naming the setting and how to fix it. */
  readonly message: string;
  /** The property whose text in the ESLint config locates the problem (`polcy`). */
  readonly key?: string;
}

/** The settings, checked and prepared once per settings object. */
export interface PreparedSettings {
  /** The configured policy path, if any. */
  readonly policy: string | undefined;
  /** Whether names are also read from string-literal types (where the file has type information). */
  readonly typeAware: boolean;
  readonly families: readonly SinkFamily[];
  readonly index: SinkIndex;
  /** What is wrong with the settings. */
  readonly problems: readonly SettingsProblem[];
}

const UNITS: readonly LifetimeUnit[] = ['milliseconds', 'seconds', 'days', 'date', 'epoch-milliseconds', 'vue-cookies', 'tiny-cookie'];
// ESLint passes the same settings object to every file of a configuration: prepare it once.
const prepared = new WeakMap<object, { readonly cwd: string; readonly settings: PreparedSettings }>();
const defaultIndex = createSinkIndex(SINK_FAMILIES);

/** The plugin's settings for this file's configuration, prepared once per settings object. */
export function getSettings(settings: Readonly<Record<string, unknown>>, cwd: string): PreparedSettings {
  const cached = prepared.get(settings);
  if (cached?.cwd === cwd) return cached.settings;
  const result = prepareSettings(settings[SETTINGS_KEY], cwd);
  prepared.set(settings, { cwd, settings: result });
  return result;
}

function prepareSettings(raw: unknown, cwd: string): PreparedSettings {
  const problems: SettingsProblem[] = [];
  const where = `settings['${SETTINGS_KEY}']`;
  if (raw !== undefined && (typeof raw !== 'object' || raw === null || Array.isArray(raw))) {
    problems.push({ message: `${where} must be an object such as { policy: './src/cookies.ts' }.` });
    return { policy: undefined, typeAware: false, families: SINK_FAMILIES, index: defaultIndex, problems };
  }
  const { policy, sinks, typeAware } = (raw ?? {}) as { policy?: unknown; sinks?: unknown; typeAware?: unknown };
  checkKeys(raw ?? {}, SETTING_KEYS, where, problems);
  if (policy !== undefined && typeof policy !== 'string') problems.push({ message: `${where}.policy must be a path (a string), such as './src/cookies.ts'.`, key: 'policy' });
  if (typeAware !== undefined && typeof typeAware !== 'boolean') problems.push({ message: `${where}.typeAware must be true or false.`, key: 'typeAware' });
  const common = { policy: typeof policy === 'string' ? policy : undefined, typeAware: typeAware === true };
  const custom = sinks === undefined ? [] : readCustomSinks(sinks, `${where}.sinks`, cwd, problems);
  if (custom.length === 0) return { ...common, families: SINK_FAMILIES, index: defaultIndex, problems };
  // One family per storage kind: the kind is a family's fact.
  const kinds = [...new Set(custom.map((sink) => sink.storage))];
  const ownFamilies = kinds.map((storage): SinkFamily => {
    const own = custom.filter((sink) => sink.storage === storage);
    return {
      id: storage === 'cookie' ? 'custom' : `custom-${storage}`,
      description: `The project's own wrappers (${where}.sinks)`,
      storage,
      triggers: own.map((sink) => sink.trigger),
      sinks: own.map((sink) => sink.sink),
    };
  });
  const families = [...SINK_FAMILIES, ...ownFamilies];
  return { ...common, families, index: createSinkIndex(families), problems };
}

/** Reports each key of `object` that is not one of `known`, with the known key it is likely a typo of. */
function checkKeys(object: object, known: readonly string[], where: string, problems: SettingsProblem[]): void {
  for (const [key, value] of Object.entries(object)) {
    // A function is no setting anyone writes by mistake: configs/recommended.ts adds `toJSON` (ESLint's cache key).
    if (known.includes(key) || typeof value === 'function') continue;
    problems.push({ message: describeUnknownKey(where, key, known), key });
  }
}

/** The message for an unknown settings key: the did-you-mean, then every known key. */
export function describeUnknownKey(where: string, key: string, known: readonly string[]): string {
  const closest = findClosest(key, known);
  const hint = closest === undefined ? '' : ` Did you mean \`${closest}\`?`;
  return `${where} has an unknown key \`${key}\`.${hint} The keys it takes: ${known.map((name) => `\`${name}\``).join(', ')}.`;
}

function readCustomSinks(value: unknown, where: string, cwd: string, problems: SettingsProblem[]): { sink: CallSink; trigger: string; storage: StorageKind }[] {
  if (!Array.isArray(value)) {
    problems.push({ message: `${where} must be an array such as [{ module: './src/lib/cookies.ts', export: 'setCookie', nameArgument: 0 }].`, key: 'sinks' });
    return [];
  }
  return value.flatMap((entry: CustomSinkSetting, index) => {
    const at = `${where}[${index}]`;
    const before = problems.length;
    if (typeof entry !== 'object' || entry === null) problems.push({ message: `${at} must be an object with \`module\` (or \`global\`), \`export\` and \`nameArgument\`.`, key: 'sinks' });
    else {
      checkKeys(entry, SINK_KEYS, at, problems);
      if ((entry.module === undefined) === (entry.global === undefined)) problems.push({ message: `${at} needs exactly one of \`module\` (where the wrapper is exported) or \`global\`.`, key: 'sinks' });
      for (const key of ['module', 'global', 'export', 'method', 'nameKey'] as const) {
        if (entry[key] !== undefined && (typeof entry[key] !== 'string' || entry[key] === '')) problems.push({ message: `${at}.${key} must be a non-empty string.`, key: 'sinks' });
      }
      for (const key of ['nameArgument', 'optionsArgument'] as const) {
        if (entry[key] !== undefined && !(Number.isInteger(entry[key]) && entry[key] >= 0)) problems.push({ message: `${at}.${key} must be an argument index (0 for the first argument).`, key: 'sinks' });
      }
      if (entry.constructs !== undefined && typeof entry.constructs !== 'boolean') problems.push({ message: `${at}.constructs must be true (the export is a class whose \`new\` writes) or false.`, key: 'sinks' });
      if (entry.storage !== undefined && !STORAGE_KINDS.includes(entry.storage)) problems.push({ message: `${at}.storage must be one of ${STORAGE_KINDS.join(', ')}.`, key: 'sinks' });
      for (const [option, unit] of Object.entries(entry.units ?? {})) {
        if (!UNITS.includes(unit)) problems.push({ message: `${at}.units.${option} must be one of ${UNITS.join(', ')}.`, key: 'sinks' });
      }
    }
    if (problems.length > before) return [];
    return [{ ...toCallSink(entry, cwd), storage: entry.storage ?? 'cookie' }];
  });
}

function toCallSink(entry: CustomSinkSetting, cwd: string): { sink: CallSink; trigger: string } {
  const module = entry.module;
  const exported = entry.export ?? 'default';
  let callee: ValueSpec =
    module === undefined ? globalValue(entry.global!) : importedFrom(module.startsWith('.') || isAbsolute(module) ? resolve(cwd, module) : module, exported);
  if (entry.method) callee = memberOf(callee, entry.method);
  const sink: CallSink = {
    kind: 'call',
    callee,
    name: { argument: entry.nameArgument ?? 0, ...(entry.nameKey ? { objectKey: entry.nameKey } : {}) },
    ...(entry.optionsArgument === undefined ? {} : { options: { argument: entry.optionsArgument, units: entry.units ?? {} } }),
    ...(entry.constructs ? { constructs: true } : {}),
  };
  // The word a file must contain: the called name (a renamed import still names its module).
  const trigger = entry.method ?? (module === undefined ? entry.global! : exported === 'default' ? module.split(/[\\/]/).pop()!.replace(/\.[cm]?[jt]sx?$/, '') : exported);
  return { sink, trigger };
}
