import type { TSESTree } from '@typescript-eslint/utils';
import type { FunctionNode, ModuleContext } from './bindings.js';
import { readForeignModule } from './foreignModule.js';
import { findProjectTexts } from './projectReferences.js';

type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

/** A `new` of a project class, with the module its arguments are read in. */
export interface Construction {
  readonly node: TSESTree.NewExpression;
  readonly module: ModuleContext;
}

/** The constructor of a class, when it has one with a body. */
export function findConstructor(body: TSESTree.ClassBody): FunctionNode | undefined {
  const method = body.body.find((element) => element.type === 'MethodDefinition' && element.kind === 'constructor' && element.value.type === 'FunctionExpression');
  return method?.type === 'MethodDefinition' && method.value.type === 'FunctionExpression' ? method.value : undefined;
}

/**
 * The functions that give a class's instance what its methods later write with: the constructor,
 * and each instance method that keeps one of its own parameters on `this` at its top level
 * (qBittorrent's `setup(dynamicTableDivId) { this.dynamicTableDivId = dynamicTableDivId; ... }`).
 */
export function findInitializers(body: TSESTree.ClassBody): readonly FunctionNode[] {
  let known = initializers.get(body);
  if (!known) initializers.set(body, (known = body.body.flatMap((element) => (isInitializer(element) ? [element.value as FunctionNode] : []))));
  return known;
}

const initializers = new WeakMap<TSESTree.ClassBody, readonly FunctionNode[]>();

/** Whether `fn` is a class's constructor or an instance method keeping a parameter on `this`; its class body then. */
export function getInitializedClassBody(fn: FunctionNode): TSESTree.ClassBody | undefined {
  const method = fn.parent;
  return method?.type === 'MethodDefinition' && method.value === fn && method.parent.type === 'ClassBody' && isInitializer(method) ? method.parent : undefined;
}

function isInitializer(element: TSESTree.ClassElement): element is TSESTree.MethodDefinition {
  if (element.type !== 'MethodDefinition' || element.value.type !== 'FunctionExpression') return false;
  if (element.kind === 'constructor') return true;
  if (element.kind !== 'method' || element.static) return false;
  const params = new Set(element.value.params.flatMap((param) => (param.type === 'Identifier' ? [param.name] : [])));
  return params.size > 0 && element.value.body.body.some((statement) => isKeptParameter(statement, params));
}

// `this.id = id;`
function isKeptParameter(statement: TSESTree.Statement, params: ReadonlySet<string>): boolean {
  if (statement.type !== 'ExpressionStatement') return false;
  const assignment = statement.expression;
  return assignment.type === 'AssignmentExpression' && assignment.operator === '=' && assignment.left.type === 'MemberExpression' && assignment.left.object.type === 'ThisExpression' && assignment.right.type === 'Identifier' && params.has(assignment.right.name);
}

const found = new WeakMap<ClassNode, Construction | null>();

/**
 * The one way the project constructs a class, found by its name in the project's texts:
 * hydrogen's `new SettingsStorage('hydrogen_setting_v1_')`, made once and then handed around as
 * `settingsStorage: SettingsStorage`. Every `new` of the class the project makes must pass the same
 * arguments (by their text); undefined when none is found, when they differ, or for a class without
 * a name. `isSameClass` says whether a `new`'s callee is this class (a same-named class elsewhere is not).
 * Kept per class node (a parsed file stays cached until it changes).
 */
export function findOnlyConstruction(owner: ClassNode, module: ModuleContext, isSameClass: (callee: TSESTree.Node, module: ModuleContext) => boolean): Construction | undefined {
  const known = found.get(owner);
  if (known !== undefined) return known ?? undefined;
  const construction = searchConstruction(owner, module, isSameClass);
  found.set(owner, construction ?? null);
  return construction;
}

function searchConstruction(owner: ClassNode, module: ModuleContext, isSameClass: (callee: TSESTree.Node, module: ModuleContext) => boolean): Construction | undefined {
  const name = owner.id?.name;
  if (name === undefined) return undefined;
  let only: (Construction & { readonly text: string }) | undefined;
  for (const { path, text } of findProjectTexts(module.file, `new ${name}(`) ?? []) {
    const foreign = readForeignModule(path);
    if (!foreign) continue;
    for (const node of findNewExpressions(foreign.program, name)) {
      if (!isSameClass(node.callee, foreign)) continue;
      const given = node.arguments.map((argument) => text.slice(argument.range[0], argument.range[1])).join(',');
      if (only && only.text !== given) return undefined;
      only ??= { node, module: foreign, text: given };
    }
  }
  return only && { node: only.node, module: only.module };
}

function findNewExpressions(program: TSESTree.Program, name: string): TSESTree.NewExpression[] {
  const news: TSESTree.NewExpression[] = [];
  const stack: unknown[] = [program];
  while (stack.length > 0) {
    const node = stack.pop() as Record<string, unknown>;
    if (node.type === 'NewExpression' && (node.callee as TSESTree.Node).type === 'Identifier' && (node.callee as TSESTree.Identifier).name === name) news.push(node as unknown as TSESTree.NewExpression);
    for (const key in node) {
      if (key === 'parent') continue;
      const value = node[key];
      if (Array.isArray(value)) {
        for (const child of value) if (isNode(child)) stack.push(child);
      } else if (isNode(value)) {
        stack.push(value);
      }
    }
  }
  return news;
}

function isNode(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
