import { Linter } from 'eslint';
import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { bindArguments } from '../src/names/bindArguments.js';
import type { FunctionNode } from '../src/names/bindings.js';
import { createFileContext } from '../src/names/fileContext.js';
import { resolveString } from '../src/names/resolveString.js';

/** The names the first `setItem` call's key may take inside `wrapper`, bound to the first call of `wrapper` in the code. */
function resolveThroughCall(code: string): unknown {
  let result: unknown;
  const plugin = {
    rules: {
      probe: {
        create(context: never) {
          const { sourceCode } = context as { sourceCode: never };
          const module = createFileContext(sourceCode, 'src/app.js');
          let wrapper: FunctionNode | undefined;
          let call: TSESTree.CallExpression | undefined;
          let key: TSESTree.Node | undefined;
          return {
            FunctionDeclaration(node: TSESTree.FunctionDeclaration) {
              if (node.id?.name === 'wrapper') wrapper = node;
            },
            CallExpression(node: TSESTree.CallExpression) {
              if (node.callee.type === 'Identifier' && node.callee.name === 'wrapper') call ??= node;
              if (node.callee.type === 'MemberExpression' && node.callee.property.type === 'Identifier' && node.callee.property.name === 'setItem') key ??= node.arguments[0];
            },
            'Program:exit'() {
              const bound = bindArguments(module, wrapper!, (index) => (call!.arguments[index] ? { node: call!.arguments[index]!, module } : undefined));
              result = resolveString(key!, bound);
            },
          };
        },
      },
    },
  };
  new Linter().verify(code, [{ languageOptions: { sourceType: 'module' }, plugins: { p: plugin as never }, rules: { 'p/probe': 'error' } }], 'src/app.js');
  return result;
}

describe('bindArguments', () => {
  it('reads a parameter as the argument of the call, with the wrapper\'s own constant parts', () => {
    expect(resolveThroughCall("const P = 'app:'; function wrapper(key) { localStorage.setItem(P + key, 1); } wrapper('theme');")).toEqual([['app:theme']]);
  });

  it('follows a destructured parameter into an object argument', () => {
    expect(resolveThroughCall("function wrapper({ key }) { localStorage.setItem(key, 1); } wrapper({ key: 'sidebar' });")).toEqual([['sidebar']]);
  });

  it('keeps a default value when the call leaves the argument out', () => {
    expect(resolveThroughCall("function wrapper(key = 'fallback') { localStorage.setItem(key, 1); } wrapper();")).toEqual([['fallback']]);
  });
});
