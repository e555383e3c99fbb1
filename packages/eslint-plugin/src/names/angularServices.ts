import type { TSESTree } from '@typescript-eslint/utils';
import { type FunctionNode, type ModuleContext, getMemberName, getStaticKey, unwrapExpression } from './bindings.js';
import { type ForeignModule, readForeignModule } from './foreignModule.js';
import { findPackageDirectory, isFrameworkProject } from './isFrameworkProject.js';
import { findProjectTexts } from './projectReferences.js';
import { getResolutionScope } from './resolveModuleFile.js';
import { forEachChild } from './returnedValues.js';

const REGISTRATION = /\.(?:factory|service)\(\s*(['"])([\w$]+)\1/g;
const NONE: ReadonlyMap<string, string> = new Map();
// Per package folder, kept as long as resolutions are: a new service is seen soon after.
const byScope = new WeakMap<object, Map<string, ReadonlyMap<string, string>>>();

/**
 * The AngularJS services an AngularJS project registers (`angular.module('app').factory('Prefs',
 * ...)`, `.service('Prefs', ...)`), by the name they are injected under, with the file registering
 * each (the first, when several do). Empty outside projects whose package.json lists `angular`.
 */
export function getAngularServices(file: string): ReadonlyMap<string, string> {
  if (!isFrameworkProject(file, 'angular')) return NONE;
  const scope = getResolutionScope();
  let projects = byScope.get(scope);
  if (!projects) byScope.set(scope, (projects = new Map()));
  const key = findPackageDirectory(file) ?? '';
  let services = projects.get(key);
  if (services) return services;
  const found = new Map<string, string>();
  for (const { path, text } of [...(findProjectTexts(file, '.factory(') ?? []), ...(findProjectTexts(file, '.service(') ?? [])]) {
    REGISTRATION.lastIndex = 0;
    for (let match = REGISTRATION.exec(text); match !== null; match = REGISTRATION.exec(text)) if (!found.has(match[2]!)) found.set(match[2]!, path);
  }
  projects.set(key, (services = found));
  return services;
}

/** A service's function as registered: `factory('Prefs', fn)` or with its injection list, `['$window', fn]`. */
export interface AngularService {
  readonly fn: FunctionNode;
  readonly module: ForeignModule;
  /** A factory returns the service; a service is constructed (`this.save = ...`). */
  readonly kind: 'factory' | 'service';
}

/**
 * The service a parameter stands for (`function (ariaNgStorageService) { ariaNgStorageService.set(k) }`):
 * AngularJS injects the project's service registered under the parameter's name.
 */
export function findInjectedService(parameter: TSESTree.Identifier, module: ModuleContext): AngularService | undefined {
  const binding = module.lookup(parameter);
  if (binding.kind !== 'param' || binding.path.length > 0) return undefined;
  const file = getAngularServices(module.file).get(parameter.name);
  const registering = file === undefined || file === module.file ? undefined : readForeignModule(file);
  return registering && findRegistration(registering, parameter.name);
}

function findRegistration(registering: ForeignModule, name: string): AngularService | undefined {
  let found: AngularService | undefined;
  const visit = (node: TSESTree.Node): void => {
    if (found) return;
    if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression') {
      const kind = getMemberName(node.callee);
      const [registered, given] = node.arguments;
      if ((kind === 'factory' || kind === 'service') && registered?.type === 'Literal' && registered.value === name && given) {
        const fn = getInjectedFunction(given);
        if (fn) found = { fn, module: registering, kind };
        return;
      }
    }
    forEachChild(node, visit);
  };
  visit(registering.program);
  return found;
}

// `fn`, or the last element of `['$window', 'localStorageService', fn]`.
function getInjectedFunction(given: TSESTree.Node): FunctionNode | undefined {
  const value = unwrapExpression(given);
  const fn = value.type === 'ArrayExpression' ? value.elements.at(-1) : value;
  return fn && (fn.type === 'FunctionExpression' || fn.type === 'ArrowFunctionExpression') ? fn : undefined;
}

/**
 * The method `name` of a service: a property of the object its function returns (`return { set:
 * function (key, value) { ... } }`), or for a constructed one, `this.set = function ...`. Undefined
 * when it is not a function written there.
 */
export function findServiceMethod(service: AngularService, name: string): FunctionNode | undefined {
  if (service.fn.body.type !== 'BlockStatement') return undefined;
  for (const statement of service.fn.body.body) {
    if (statement.type === 'ReturnStatement' && statement.argument) {
      const object = unwrapExpression(statement.argument);
      if (object.type !== 'ObjectExpression') continue;
      for (const property of object.properties) {
        if (property.type === 'Property' && getStaticKey(property.key, property.computed) === name && isFunction(property.value)) return property.value;
      }
    }
    if (service.kind === 'service' && statement.type === 'ExpressionStatement' && statement.expression.type === 'AssignmentExpression') {
      const { left, right } = statement.expression;
      if (left.type === 'MemberExpression' && left.object.type === 'ThisExpression' && getMemberName(left) === name && isFunction(right)) return right;
    }
  }
  return undefined;
}

function isFunction(node: TSESTree.Node): node is TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression {
  return node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression';
}
