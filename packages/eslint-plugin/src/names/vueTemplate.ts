import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/** What vue-eslint-parser records on a template expression: the names it leaves to its surroundings. */
interface VueExpressionContainer {
  readonly type: 'VExpressionContainer';
  readonly references: readonly { readonly id: unknown; readonly variable: unknown }[];
}

/**
 * Where a name used in a Vue template expression is bound: `script` for the component's script
 * (`<script setup>` bindings, globals), `template` for the template's own variables (`v-for`,
 * `v-slot`, `slot-scope`) and locals of the expression itself; undefined outside a template.
 * ESLint's scope analysis never sees the template, so its scopes cannot answer this.
 */
export function getVueTemplateScope(identifier: TSESTree.Identifier): 'script' | 'template' | undefined {
  for (let node = identifier.parent as { type: string; parent?: unknown } | undefined; node; node = node.parent as typeof node) {
    if (node.type !== 'VExpressionContainer') continue;
    // The container lists every name the expression does not bind itself, with the template variable it refers to.
    const reference = (node as VueExpressionContainer).references.find((candidate) => candidate.id === identifier);
    return reference && !reference.variable ? 'script' : 'template';
  }
  return undefined;
}

/** Whether the file was parsed by vue-eslint-parser, the one parser that keeps template expressions out of ESLint's tree. */
export function hasVueTemplate(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return typeof (sourceCode.parserServices as { defineTemplateBodyVisitor?: unknown } | undefined)?.defineTemplateBodyVisitor === 'function';
}
