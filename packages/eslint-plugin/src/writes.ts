import type { CookieAttributes, StorageKind } from '@cookie-ledger/core';
import { readWrittenAttributes } from './attributes/readWrittenAttributes.js';
import type { TSESLint } from '@typescript-eslint/utils';
import { SINK_FAMILIES } from './sinks/index.js';
import { type CookieWrite, getWriteStorage } from './writes/cookieWrite.js';
import { listenForWrites, mayWrite } from './writes/listenForWrites.js';
import { getSettings } from './policy/settings.js';
import { formatSettingsProblems } from './policy/reportSettingsProblems.js';
import { UNKNOWN, getKnownEnds, type StringShape } from './names/stringShape.js';

/** The pattern declarations of a storage kind that cover every name with these known ends, as the rules decide it. */
export { findCoveringDeclarations } from './policy/checkDeclaredName.js';

/** One possible name of a write: known exactly, known at its ends, or not known at all. */
export type RecordedName =
  | { readonly kind: 'exact'; readonly name: string }
  | { readonly kind: 'partial'; readonly prefix: string; readonly suffix: string }
  | { readonly kind: 'unknown' };

/** A cookie or storage write, as the rules see it. */
export interface RecordedWrite {
  readonly storage: StorageKind;
  /** The sink family (`'express'`, `'document-cookie'`). */
  readonly family: string;
  /** Every name the write may use. */
  readonly names: readonly RecordedName[];
  /** The name is stored where the policy declares it, whatever `storage` says (@cookie-ledger/runtime's jar). */
  readonly storageFromPolicy?: boolean;
  /** 1-based line and column of the name (or of the call, for a default name). */
  readonly line: number;
  readonly column: number;
  /** Cookies: the lifetime in seconds the write sets, when its options say so statically. */
  readonly lifetimeSeconds?: number;
  /** Cookies: the attributes the write sets explicitly (left-out options and library defaults are not here). */
  readonly attributes?: CookieAttributes;
}

/**
 * The storage kinds whose writes the recorder sees (every kind of the sink catalogue). A tool
 * must not call a declaration of another kind unwritten: nothing looks for its writes.
 */
export const RECORDED_STORAGE_KINDS: readonly StorageKind[] = [...new Set(SINK_FAMILIES.map((family) => family.storage ?? 'cookie'))];

/**
 * What is wrong with `settings['cookie-ledger']` in a flat config's `settings` (unknown keys with
 * their did-you-mean, values of the wrong type), one line each, as the rules report it: prefixed
 * with the ESLint config's `file:line:column:` (relative to `cwd`) where the key is written in the
 * config that applies to `file`. Empty when the settings are valid.
 */
export function describeSettingsProblems(settings: Readonly<Record<string, unknown>>, cwd: string, file: string): string[] {
  return formatSettingsProblems(getSettings(settings, cwd).problems, file, cwd);
}

/**
 * Whether a file's text can contain a write at all: the cheap test the rules run before any
 * walk (a sink's trigger word, custom sinks of `settings` included, or, given the file's path,
 * an import of a project module that may hold a wrapper of a sink). A file that fails it needs no
 * parsing. `settings` is the flat config's `settings` object; pass the same object each time.
 */
export function mayContainWrite(text: string, settings: Readonly<Record<string, unknown>>, cwd: string, file?: string): boolean {
  const { index } = getSettings(settings, cwd);
  return file === undefined ? index.trigger.test(text) : mayWrite(text, file, index);
}

/**
 * For tools that look at a whole project (`cookie-ledger check`): rule listeners that find every
 * write in a file exactly as the plugin's rules do (same catalogue, settings, custom sinks and
 * name resolution) and hand them to `record` when the file ends. Use it in a rule of your own.
 *
 * @example
 * const rule = { create: (context) => createWriteRecorder(context, (writes) => all.push(...writes)) };
 */
export function createWriteRecorder(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  record: (writes: readonly RecordedWrite[]) => void,
): TSESLint.RuleListener {
  const settings = getSettings(context.settings, context.cwd);
  if (settings.problems.length > 0) return {};
  return listenForWrites(context, settings, undefined, (writes) => {
    if (writes.length > 0) record(writes.map(toRecordedWrite));
  });
}

function toRecordedWrite(write: CookieWrite): RecordedWrite {
  const storage = getWriteStorage(write);
  return {
    storage,
    family: write.family.id,
    ...(write.family.storageFromPolicy ? { storageFromPolicy: true } : {}),
    names: write.names.map(toRecordedName),
    line: write.node.loc.start.line,
    column: write.node.loc.start.column + 1,
    ...(storage === 'cookie' ? readSetAttributes(write) : {}),
  };
}

/** The lifetime and the attributes a cookie write states in its code. */
function readSetAttributes(write: CookieWrite): Pick<RecordedWrite, 'lifetimeSeconds' | 'attributes'> {
  const { lifetime, ...written } = readWrittenAttributes(write);
  const attributes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(written)) {
    if (value !== undefined && !value.defaulted && value.value !== false) attributes[key] = value.value;
  }
  return {
    ...(lifetime === undefined ? {} : { lifetimeSeconds: lifetime.seconds }),
    ...(Object.keys(attributes).length === 0 ? {} : { attributes: attributes as CookieAttributes }),
  };
}

function toRecordedName(shape: StringShape): RecordedName {
  if (!shape.includes(UNKNOWN)) return { kind: 'exact', name: shape.join('') };
  const { prefix, suffix } = getKnownEnds(shape);
  return prefix === '' && suffix === '' ? { kind: 'unknown' } : { kind: 'partial', prefix, suffix };
}
