import type { TSESTree } from '@typescript-eslint/utils';
import type { StorageKind } from '@cookie-ledger/core';
import type { NameNoun, OptionsSpec, SinkFamily } from '../sinks/types.js';
import type { ModuleContext } from '../names/bindings.js';
import type { StringShapes } from '../names/stringShape.js';

/** One cookie or storage write found in a file: what a rule checks against the policy. */
export interface CookieWrite {
  /** The family of the sink (`'express'`). */
  readonly family: SinkFamily;
  /** Where to report: the node holding the name, or the call when the name is a default. */
  readonly node: TSESTree.Node;
  /** The names the write may use. */
  readonly names: StringShapes;
  /** The options of the write, for rules that compare attributes: the object literal, or each positional argument by option name. */
  readonly options?: {
    readonly spec: OptionsSpec;
    readonly object?: TSESTree.Node;
    readonly positional?: ReadonlyMap<string, TSESTree.Node>;
    /** An options argument is there but its content cannot be seen (a variable parameter, a call). */
    readonly opaque?: boolean;
  };
  /** For `document.cookie` and `Set-Cookie` values: the string expression, whose attributes follow the name. */
  readonly cookieString?: TSESTree.Node;
  /** The module the write is in, to read its option values. */
  readonly module?: ModuleContext;
  /** Where this write stores its value, when its call chooses (a sink's `storage` switch); else its family's. */
  readonly storage?: StorageKind;
  /** What the name is, when the sink says (`createStore(name)` names a database); else its family's `noun`. */
  readonly noun?: NameNoun;
  /** The write happens only when the reactive value the call returns is assigned (VueUse's `writeDefaults: false`). */
  readonly onAssignment?: boolean;
}

/** Where a write stores its value: the kind its call chose, else its family's, a cookie unless the family says otherwise. */
export function getWriteStorage(write: CookieWrite): StorageKind {
  return write.storage ?? write.family.storage ?? 'cookie';
}
