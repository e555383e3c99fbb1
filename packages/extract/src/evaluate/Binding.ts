import type { EnumDeclaration, Expression, SourceFile, VariableDeclaration } from 'ts-morph';

/** What an identifier (or a module export) stands for, as far as static evaluation is concerned. */
export type Binding =
  /** An export of '@cookie-ledger/core', by its exported name. */
  | { readonly kind: 'dsl'; readonly name: string }
  /** `import * as core from '@cookie-ledger/core'`. */
  | { readonly kind: 'dsl-namespace' }
  | { readonly kind: 'variable'; readonly declaration: VariableDeclaration }
  | { readonly kind: 'enum'; readonly declaration: EnumDeclaration }
  /** `import * as declarations from './declarations'`. */
  | { readonly kind: 'namespace'; readonly file: SourceFile }
  /** `export default <expression>`. */
  | { readonly kind: 'expression'; readonly expression: Expression }
  /** A parameter, loop variable, function or class: only known when the code runs. */
  | { readonly kind: 'runtime'; readonly what: string }
  /** Declared by destructuring (`const { a } = b`), which the evaluator does not follow. */
  | { readonly kind: 'destructured' }
  /** Not declared anywhere in scope: a global. */
  | { readonly kind: 'global' }
  /** Could not be followed; the problem is already reported. */
  | { readonly kind: 'failed' };
