import type { TSESTree } from '@typescript-eslint/utils';
import type { OptionsSpec, SinkFamily } from '../sinks/types.js';
import type { StringShapes } from './stringShape.js';

/** One cookie write found in a file: what a rule checks against the policy. */
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
  };
}
