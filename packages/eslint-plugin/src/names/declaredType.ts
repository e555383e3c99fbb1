import type { TSESTree } from '@typescript-eslint/utils';
import { type ModuleContext, type PathStep, getMemberName, getStaticKey, unwrapExpression } from './bindings.js';
import { findValue } from './resolveString.js';
import { findThisMember } from './thisMembers.js';

/** A type annotation, and the module its names are read in. */
export interface DeclaredType {
  readonly type: TSESTree.TypeNode;
  readonly module: ModuleContext;
}

/** How many project interfaces and aliases a member's type is looked up through. */
const MAX_TYPE_DEPTH = 8;

/**
 * The type the source declares for an expression, followed through the project's interfaces and
 * type aliases: a parameter's annotation (`api: Api`), a part of a destructured parameter
 * (`{ options }: Props` gives `Props['options']`), a variable destructured from such a value
 * (`const { hanko } = globalOptions`), a member of one (`props.api`), a class field (`this.api`).
 */
export function findDeclaredType(raw: TSESTree.Node, module: ModuleContext, depth = 0): DeclaredType | undefined {
  if (depth > MAX_TYPE_DEPTH) return undefined;
  const node = unwrapExpression(raw);
  if (node.type === 'MemberExpression' && node.object.type === 'ThisExpression') {
    const annotation = findThisMember(node)?.annotation;
    return annotation && { type: annotation, module };
  }
  if (node.type === 'MemberExpression') {
    const property = getMemberName(node);
    const object = property === undefined ? undefined : findDeclaredType(node.object, module, depth + 1);
    return object && findMemberType(object, [{ property: property! }], depth + 1);
  }
  if (node.type !== 'Identifier') return undefined;
  const binding = module.lookup(node);
  if (binding.kind === 'param') return binding.annotation && findMemberType({ type: binding.annotation, module: binding.module }, binding.path, depth + 1);
  if (binding.kind === 'value' && binding.path.length > 0) {
    const whole = findDeclaredType(binding.init, binding.module, depth + 1);
    return whole && findMemberType(whole, binding.path, depth + 1);
  }
  return undefined;
}

/** The declared type of the part `path` leads to in a value of type `type`. */
export function findMemberType(type: DeclaredType, path: readonly PathStep[], depth: number): DeclaredType | undefined {
  let current: DeclaredType | undefined = type;
  for (const step of path) {
    if (!current || !('property' in step) || depth > MAX_TYPE_DEPTH) return undefined;
    current = findPropertyType(current, step.property, depth + 1);
  }
  return current && { type: withoutNullish(current.type), module: current.module };
}

function findPropertyType(declared: DeclaredType, property: string, depth: number): DeclaredType | undefined {
  if (depth > MAX_TYPE_DEPTH) return undefined;
  const type = withoutNullish(declared.type);
  if (type.type === 'TSTypeLiteral') return findInMembers(type.members, property, declared.module);
  if (type.type === 'TSIntersectionType') {
    for (const part of type.types) {
      const found = findPropertyType({ type: part, module: declared.module }, property, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  if (type.type !== 'TSTypeReference' || type.typeName.type !== 'Identifier') return undefined;
  const found = findValue(type.typeName, declared.module, 0);
  if (!found || 'namespace' in found) return undefined;
  const declaration = found.node;
  if (declaration.type === 'TSTypeAliasDeclaration') return findPropertyType({ type: declaration.typeAnnotation, module: found.module }, property, depth + 1);
  if (declaration.type !== 'TSInterfaceDeclaration') return undefined;
  const own = findInMembers(declaration.body.body, property, found.module);
  if (own) return own;
  for (const parent of declaration.extends) {
    if (parent.expression.type !== 'Identifier') continue;
    const reference = { type: 'TSTypeReference', typeName: parent.expression, range: parent.range, loc: parent.loc, parent } as unknown as TSESTree.TSTypeReference;
    const inherited = findPropertyType({ type: reference, module: found.module }, property, depth + 1);
    if (inherited) return inherited;
  }
  return undefined;
}

function findInMembers(members: readonly TSESTree.TypeElement[], property: string, module: ModuleContext): DeclaredType | undefined {
  for (const member of members) {
    if (member.type !== 'TSPropertySignature' || getStaticKey(member.key, member.computed) !== property) continue;
    return member.typeAnnotation ? { type: member.typeAnnotation.typeAnnotation, module } : undefined;
  }
  return undefined;
}

// `Api | undefined`, `Api | null`: the one type that is not nullish.
function withoutNullish(type: TSESTree.TypeNode): TSESTree.TypeNode {
  if (type.type !== 'TSUnionType') return type;
  const kept = type.types.filter((part) => part.type !== 'TSUndefinedKeyword' && part.type !== 'TSNullKeyword');
  return kept.length === 1 ? kept[0]! : type;
}
