import type { TSESTree } from '@typescript-eslint/utils';

/**
 * A JSX element of a component written in PascalCase (`<DataTable storageKey="orders" />`) seen
 * as the call React makes, `DataTable({ storageKey: 'orders' })`, so that a component whose prop
 * names a stored item is followed like any other wrapper. The props object and the callee are
 * made up; the props' values are the element's own nodes, so reports land on them. Spread props
 * (`{...props}`) are spread into the object in their place, so a prop read through them is
 * followed where the spread's value can be seen. Undefined for intrinsic elements (`<div>`) and
 * member names (`<Foo.Bar>`).
 */
// The made-up calls, and those of elements without spread props (every prop they get is in sight).
const componentCalls = new WeakSet<TSESTree.CallExpression>();
const closedCalls = new WeakSet<TSESTree.CallExpression>();

/** Whether a call is one made up for a JSX element (see {@link asComponentCall}). */
export function isComponentCall(call: TSESTree.Node): boolean {
  return componentCalls.has(call as TSESTree.CallExpression);
}

/**
 * Whether a call is a JSX element (see {@link asComponentCall}) given no spread props: a prop it
 * does not name is `undefined` in the component.
 */
export function isClosedComponentCall(call: TSESTree.Node): boolean {
  return closedCalls.has(call as TSESTree.CallExpression);
}

export function asComponentCall(element: TSESTree.JSXOpeningElement): TSESTree.CallExpression | undefined {
  const callee = getComponentIdentifier(element);
  if (!callee) return undefined;
  const at = { range: element.range, loc: element.loc };
  const call = { type: 'CallExpression', optional: false, typeArguments: undefined, ...at, parent: element.parent } as unknown as TSESTree.CallExpression;
  const props = { type: 'ObjectExpression', properties: [] as TSESTree.ObjectLiteralElement[], ...at, parent: call };
  for (const attribute of element.attributes) {
    // `<EditorInner {...props} />` hands on what it was given: the props read through the spread.
    if (attribute.type === 'JSXSpreadAttribute') {
      props.properties.push({ type: 'SpreadElement', argument: attribute.argument, range: attribute.range, loc: attribute.loc, parent: props } as unknown as TSESTree.SpreadElement);
      continue;
    }
    if (attribute.name.type !== 'JSXIdentifier') continue;
    const value = readAttributeValue(attribute);
    const key = asIdentifier(attribute.name, attribute);
    props.properties.push({ type: 'Property', key, value, computed: false, method: false, shorthand: false, kind: 'init', range: attribute.range, loc: attribute.loc, parent: props } as unknown as TSESTree.Property);
  }
  Object.assign(call, { callee, arguments: [props] });
  componentCalls.add(call);
  if (element.attributes.every((attribute) => attribute.type === 'JSXAttribute')) closedCalls.add(call);
  return call;
}

/**
 * A JSX element's name as an identifier the module's scopes bind (a JSX name is bound like one),
 * for a component: written in PascalCase, not a member name (`<Foo.Bar>`) nor an intrinsic element.
 */
export function getComponentIdentifier(element: TSESTree.JSXOpeningElement): TSESTree.Identifier | undefined {
  const name = element.name;
  return name.type === 'JSXIdentifier' && /^[A-Z]/.test(name.name) ? asIdentifier(name, element) : undefined;
}

function asIdentifier(name: TSESTree.JSXIdentifier, parent: TSESTree.Node): TSESTree.Identifier {
  return { type: 'Identifier', name: name.name, range: name.range, loc: name.loc, parent, decorators: [], optional: false, typeAnnotation: undefined } as TSESTree.Identifier;
}

/** What a prop is given: its string, its expression, or `true` for a bare `<X open />`. */
function readAttributeValue(attribute: TSESTree.JSXAttribute): TSESTree.Node {
  const value = attribute.value;
  if (value?.type === 'Literal') return value;
  if (value?.type === 'JSXExpressionContainer' && value.expression.type !== 'JSXEmptyExpression') return value.expression;
  return { type: 'Literal', value: true, raw: 'true', range: attribute.range, loc: attribute.loc, parent: attribute } as unknown as TSESTree.Node;
}
