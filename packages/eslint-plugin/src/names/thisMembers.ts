import type { TSESTree } from '@typescript-eslint/utils';
import { getMemberName, getStaticKey } from './bindings.js';
import { forEachChild, isFunctionOrClass } from './returnedValues.js';

/** What `this.name` may hold inside a class, as far as the class's own code shows. */
export interface ThisMember {
  /** The declared type: a field's annotation or a constructor parameter property's. */
  readonly annotation?: TSESTree.TypeNode;
  /** The field's initialiser, the right side of every `this.name = value` in the class, a getter's returned value, a parameter property. */
  readonly values: readonly TSESTree.Node[];
}

interface ClassMembers {
  readonly annotations: Map<string, TSESTree.TypeNode>;
  readonly values: Map<string, TSESTree.Node[]>;
  /** The objects copied onto `this` whole (`Object.assign(this, args)`): each of their properties is a member. */
  readonly copied: TSESTree.Expression[];
}

const cache = new WeakMap<TSESTree.ClassBody, { instance: ClassMembers; static: ClassMembers }>();

/**
 * The member `this.name` (a node of the linted file) reads, in the class whose method or field
 * holds it: `this.store` after `this.store = window.localStorage` in the constructor, or a field
 * `store = localStorage`; in a method of an object literal, the object's property. Undefined when
 * `this` is not the class's (a `function` between them), or when the class neither declares nor
 * assigns the member. A getter made of one `return` holds
 * what it returns; a constructor parameter property (`private prefix: string`) holds the parameter.
 */
export function findThisMember(node: TSESTree.MemberExpression): ThisMember | undefined {
  const name = getMemberName(node);
  if (name === undefined) return undefined;
  const owner = findOwningMember(node);
  if (!owner) return findObjectMember(node, name);
  const body = owner.parent as TSESTree.ClassBody;
  let members = cache.get(body);
  if (!members) cache.set(body, (members = collectMembers(body)));
  const side = isStatic(owner) ? members.static : members.instance;
  const annotation = side.annotations.get(name);
  const values = [...(side.values.get(name) ?? []), ...side.copied.map((source) => readProperty(source, name))];
  return annotation || values.length > 0 ? { annotation, values } : undefined;
}

/**
 * `this.name` in a method of an object literal (`const store = { storage: localStorage, set(k, v) {
 * this.storage.setItem(k, v) } }`): the object's own property of that name, as the method's `this`
 * is the object when called as `store.set(...)`.
 */
function findObjectMember(node: TSESTree.MemberExpression, name: string): ThisMember | undefined {
  const object = findThisObject(node);
  if (!object) return undefined;
  for (const property of object.properties) {
    if (property.type === 'Property' && property.kind === 'init' && getStaticKey(property.key, property.computed) === name && property.value.type !== 'FunctionExpression') {
      return { values: [property.value] };
    }
  }
  return undefined;
}

/** The object literal whose method holds `node`, when `this` there is that object (arrows keep the `this` around them). */
export function findThisObject(node: TSESTree.Node): TSESTree.ObjectExpression | undefined {
  let current: TSESTree.Node | undefined = node.parent;
  while (current && current.type !== 'FunctionExpression' && current.type !== 'FunctionDeclaration') current = current.parent;
  const holder = current?.parent;
  return holder?.type === 'Property' && holder.value === current && holder.parent.type === 'ObjectExpression' ? holder.parent : undefined;
}

type ClassElement = TSESTree.ClassElement;

/** The class element (method, field, static block) whose `this` the node's `this` is. */
function findOwningMember(node: TSESTree.Node): ClassElement | undefined {
  let current: TSESTree.Node = node;
  while (current.parent) {
    const parent: TSESTree.Node = current.parent;
    if (parent.type === 'ClassBody') return current as ClassElement;
    // A `function` or a class in between has a `this` of its own; a method's function does not.
    if (isFunctionOrClass(current) && current.type !== 'ArrowFunctionExpression' && parent.type !== 'MethodDefinition') return undefined;
    current = parent;
  }
  return undefined;
}

function isStatic(member: ClassElement): boolean {
  return 'static' in member && member.static === true;
}

function collectMembers(body: TSESTree.ClassBody): { instance: ClassMembers; static: ClassMembers } {
  const instance: ClassMembers = { annotations: new Map(), values: new Map(), copied: [] };
  const statics: ClassMembers = { annotations: new Map(), values: new Map(), copied: [] };
  for (const element of body.body) {
    const side = isStatic(element) || element.type === 'StaticBlock' ? statics : instance;
    if (element.type === 'PropertyDefinition') {
      const key = getStaticKey(element.key, element.computed);
      if (key !== undefined && element.typeAnnotation) side.annotations.set(key, element.typeAnnotation.typeAnnotation);
      if (key !== undefined && element.value) addValue(side, key, element.value);
    }
    // `get keysKey() { return `${this.namespace}:keys`; }`: what a getter of one `return` gives.
    const returned = element.type === 'MethodDefinition' && element.kind === 'get' ? getOnlyReturned(element.value) : undefined;
    const getterKey = returned && element.type === 'MethodDefinition' ? getStaticKey(element.key, element.computed) : undefined;
    if (returned && getterKey !== undefined) addValue(side, getterKey, returned);
    if (element.type === 'MethodDefinition' && element.kind === 'constructor') {
      for (const param of element.value.params) {
        if (param.type !== 'TSParameterProperty' || param.parameter.type !== 'Identifier') continue;
        if (param.parameter.typeAnnotation) side.annotations.set(param.parameter.name, param.parameter.typeAnnotation.typeAnnotation);
        // `constructor(private prefix: string)`: the member holds the parameter.
        addValue(side, param.parameter.name, param.parameter);
      }
    }
    collectThisAssignments(element, side);
  }
  return { instance, static: statics };
}

function collectThisAssignments(element: ClassElement, side: ClassMembers): void {
  const properties = getParameterProperties(element);
  const visit = (node: TSESTree.Node, top: boolean): void => {
    if (node.type === 'AssignmentExpression' && node.operator === '=' && node.left.type === 'MemberExpression' && node.left.object.type === 'ThisExpression') {
      const key = getMemberName(node.left);
      // `constructor(public key: string) { this.key = key; }` stores the parameter the property already holds.
      const restated = key !== undefined && node.right.type === 'Identifier' && node.right.name === key && properties.has(key);
      if (key !== undefined && !restated) addValue(side, key, node.right);
    }
    if (isAssignToThis(node)) for (const source of node.arguments.slice(1)) if (source.type !== 'SpreadElement') side.copied.push(source);
    if (!top && isFunctionOrClass(node) && node.type !== 'ArrowFunctionExpression') return;
    forEachChild(node, (child) => visit(child, false));
  };
  // A method's own function is where `this` is the instance; functions nested in it are not.
  if (element.type === 'MethodDefinition') visit(element.value, true);
  else if (element.type === 'PropertyDefinition' && element.value) visit(element.value, false);
  else if (element.type === 'StaticBlock') visit(element, true);
}

/** The names of a constructor's parameter properties (`constructor(private prefix: string)`). */
function getParameterProperties(element: ClassElement): ReadonlySet<string> {
  if (element.type !== 'MethodDefinition' || element.kind !== 'constructor') return new Set();
  return new Set(element.value.params.flatMap((param) => (param.type === 'TSParameterProperty' && param.parameter.type === 'Identifier' ? [param.parameter.name] : [])));
}

/** `Object.assign(this, source, ...)`: the sources' properties become the instance's. */
function isAssignToThis(node: TSESTree.Node): node is TSESTree.CallExpression {
  if (node.type !== 'CallExpression' || node.arguments[0]?.type !== 'ThisExpression') return false;
  const callee = node.callee;
  return callee.type === 'MemberExpression' && callee.object.type === 'Identifier' && callee.object.name === 'Object' && getMemberName(callee) === 'assign';
}

/** `source.name`, as an expression beside `source` (what `this.name` reads after `Object.assign(this, source)`). */
function readProperty(source: TSESTree.Expression, name: string): TSESTree.MemberExpression {
  const property = { type: 'Identifier', name, range: source.range, loc: source.loc } as TSESTree.Identifier;
  const member = { type: 'MemberExpression', object: source, property, computed: false, optional: false, range: source.range, loc: source.loc, parent: source.parent } as TSESTree.MemberExpression;
  (property as { parent: TSESTree.Node }).parent = member;
  return member;
}

function getOnlyReturned(fn: TSESTree.FunctionExpression | TSESTree.TSEmptyBodyFunctionExpression): TSESTree.Node | undefined {
  const [only, ...rest] = fn.body?.body ?? [];
  return rest.length === 0 && only?.type === 'ReturnStatement' && only.argument ? only.argument : undefined;
}

function addValue(side: ClassMembers, key: string, value: TSESTree.Node): void {
  const list = side.values.get(key);
  if (list) list.push(value);
  else side.values.set(key, [value]);
}
