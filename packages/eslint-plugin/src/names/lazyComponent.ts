import type { TSESTree } from '@typescript-eslint/utils';
import { type ModuleContext, getMemberName, getStaticKey, unwrapExpression } from './bindings.js';

/** The module export a lazily loaded component is: `default`, or the export its `.then` picks. */
export interface LazyImport {
  readonly source: string;
  readonly exported: string;
}

// Loaders that render the component their callback's `import()` resolves to.
const LOADERS: readonly { readonly source: string; readonly imported: string }[] = [
  { source: 'next/dynamic', imported: 'default' },
  { source: 'react', imported: 'lazy' },
];

/**
 * The package export a lazily loaded component stands for: Next's
 * `dynamic(() => import('swagger-ui-react'), { ssr: false })`, React's `lazy(() => import('m'))`,
 * and `import('m').then((mod) => mod.Picker)` or `(await import('m')).Picker` inside them. Undefined for any other call.
 */
export function getLazyImport(call: TSESTree.CallExpression, module: ModuleContext): LazyImport | undefined {
  const [loader] = call.arguments;
  if (!loader || !isLoader(unwrapExpression(call.callee), module)) return undefined;
  const fn = unwrapExpression(loader);
  if (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression') return undefined;
  const body = getReturned(fn);
  return body && readImport(unwrapExpression(body));
}

function isLoader(callee: TSESTree.Node, module: ModuleContext): boolean {
  const root = callee.type === 'MemberExpression' ? unwrapExpression(callee.object) : callee;
  if (root.type !== 'Identifier') return false;
  const binding = module.lookup(root);
  if (binding.kind !== 'import') return false;
  // `React.lazy`: the namespace or default import of react, then its member.
  const imported = callee.type === 'MemberExpression' ? getMemberName(callee) : binding.imported;
  const source = binding.source;
  return LOADERS.some((entry) => entry.source === source && entry.imported === imported && (callee.type !== 'MemberExpression' || binding.imported === 'default' || binding.imported === '*'));
}

function getReturned(fn: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression): TSESTree.Node | undefined {
  if (fn.body.type !== 'BlockStatement') return fn.body;
  const [only] = fn.body.body;
  return fn.body.body.length === 1 && only?.type === 'ReturnStatement' && only.argument ? only.argument : undefined;
}

function readImport(node: TSESTree.Node): LazyImport | undefined {
  if (node.type === 'ImportExpression') {
    const source = node.source;
    return source.type === 'Literal' && typeof source.value === 'string' ? { source: source.value, exported: 'default' } : undefined;
  }
  // `async () => (await import('m')).Picker` (khoj's Excalidraw)
  if (node.type === 'MemberExpression') {
    const awaited = unwrapExpression(node.object);
    const imported = awaited.type === 'AwaitExpression' ? readImport(unwrapExpression(awaited.argument)) : undefined;
    const name = getMemberName(node);
    return imported?.exported === 'default' && name !== undefined ? { source: imported.source, exported: name } : undefined;
  }
  // `import('m').then((mod) => mod.Picker)` or `.then((mod) => ({ default: mod.Picker }))`
  if (node.type !== 'CallExpression' || node.callee.type !== 'MemberExpression' || getMemberName(node.callee) !== 'then') return undefined;
  const imported = readImport(unwrapExpression(node.callee.object));
  const [pick] = node.arguments;
  const fn = pick && unwrapExpression(pick);
  if (!imported || (fn?.type !== 'ArrowFunctionExpression' && fn?.type !== 'FunctionExpression')) return undefined;
  const [param] = fn.params;
  const returned = getReturned(fn);
  let picked = returned && unwrapExpression(returned);
  if (picked?.type === 'ObjectExpression') {
    const entry = picked.properties.find((property) => property.type === 'Property' && getStaticKey(property.key, property.computed) === 'default');
    picked = entry?.type === 'Property' ? unwrapExpression(entry.value) : undefined;
  }
  if (param?.type !== 'Identifier' || picked?.type !== 'MemberExpression') return undefined;
  const object = unwrapExpression(picked.object);
  const name = getMemberName(picked);
  return object.type === 'Identifier' && object.name === param.name && name !== undefined ? { source: imported.source, exported: name } : undefined;
}
