import type { TSESTree } from '@typescript-eslint/utils';
import { type Binding, type FunctionNode, type ModuleContext, getMemberName, getStaticKey, unwrapExpression } from '../names/bindings.js';
import { bindValues } from '../names/bindArguments.js';
import { type ForeignModule, readForeignModule } from '../names/foreignModule.js';
import { resolveModuleFile } from '../names/resolveModuleFile.js';
import { resolveString } from '../names/resolveString.js';
import { UNKNOWN } from '../names/stringShape.js';
import { getVueGlobalComponents } from '../names/vueGlobalComponents.js';
import { toCamelCase, toPascalCase } from '../names/vueNameCase.js';
import type { WriteContext } from './collectWrites.js';
import { collectElementWrites } from './collectElementWrites.js';
import type { CookieWrite } from './cookieWrite.js';
import { mayHoldWrapper } from './mayImportWrapper.js';
import { createPlaceholder, getParameterPlace, getPlaceholderProperty } from './parameterPlaceholder.js';
import { type SummarySite, collectSiteWrites, forEachWriteSite } from './summarizeWrapper.js';

/** The parts of vue-eslint-parser's template element the rules read. */
export interface VueElement {
  readonly type: 'VElement';
  readonly rawName: string;
  readonly startTag: { readonly attributes: readonly VueAttribute[] };
  readonly range: TSESTree.Range;
  readonly loc: TSESTree.SourceLocation;
}

/** An attribute of a Vue template element: `user="x"`, or a directive (`:user="expr"`). */
export interface VueAttribute {
  readonly directive: boolean;
  readonly key: { readonly name: string | { readonly name: string }; readonly argument?: { readonly type: string; readonly name?: string } | null };
  readonly value: { readonly type: string; readonly value?: string; readonly expression?: TSESTree.Node | null; readonly range: TSESTree.Range; readonly loc: TSESTree.SourceLocation } | null;
  readonly range: TSESTree.Range;
  readonly loc: TSESTree.SourceLocation;
}

/** A site of a component's script whose name comes from its props, and the props leading to it. */
interface PropSite {
  readonly site: SummarySite;
  readonly writes: readonly CookieWrite[];
}

// Per catalogue (the settings' sink index), then per component module.
const propSites = new WeakMap<object, WeakMap<ForeignModule, readonly PropSite[]>>();

/** The parts of svelte-eslint-parser's component element the rules read (`<AdvancedTable id="users" />`). */
export interface SvelteComponentElement {
  readonly type: 'SvelteElement';
  readonly kind: string;
  readonly name: TSESTree.Node;
  readonly startTag: { readonly attributes: readonly SvelteAttribute[] };
  readonly range: TSESTree.Range;
  readonly loc: TSESTree.SourceLocation;
}

interface SvelteAttribute {
  readonly type: string;
  readonly key?: { readonly name?: unknown; readonly type?: string };
  readonly value?: TSESTree.Node | readonly SveltePart[] | null;
  readonly range: TSESTree.Range;
  readonly loc: TSESTree.SourceLocation;
}

/** A part of a Svelte attribute's value: text (`SvelteLiteral`) or a tag (`SvelteMustacheTag`). */
export interface SveltePart {
  readonly type: string;
  readonly value?: string;
  readonly expression?: TSESTree.Node;
  readonly range: TSESTree.Range;
  readonly loc: TSESTree.SourceLocation;
}

/**
 * The writes of rendering a Vue template element of the project's own component whose props name
 * what it stores (`<ComplexTable :pagination-config="paginationConfig" />`, the component writing
 * `props.paginationConfig.cacheSizeKey` in `<script setup>`): each is reported on the attribute
 * that gives the name. The component is the one the file imports under the tag's name, or one
 * the app registers globally (`app.component('ComplexTable', ComplexTable)`). A write whose name
 * the props leave unknown is the component's own, reported there.
 */
export function collectVueElementWrites(element: VueElement, context: WriteContext): CookieWrite[] {
  if (!/^[A-Z]|-/.test(element.rawName)) return [];
  const library = collectElementWrites(element, context);
  if (library.length > 0) return library;
  const file = findComponentFile(element.rawName, context);
  return file === undefined ? [] : collectComponentWrites(file, makeProps(element), context);
}

/**
 * The identifier a Vue template tag stands for (`<nc-avatar>` and `<NcAvatar>` for `NcAvatar`):
 * the value an Options API component registers it under (`components: { Avatar: NcAvatar }`), else
 * the script's binding of its PascalCase name (an import of `<script setup>`, or one the
 * `components` option lists by its own name).
 */
export function getVueComponentIdentifier(element: VueElement, context: WriteContext): TSESTree.Identifier {
  const name = toPascalCase(element.rawName);
  const registered = findRegisteredComponent(context.program, name);
  return registered ?? ({ type: 'Identifier', name, range: element.range, loc: element.loc } as TSESTree.Identifier);
}

/**
 * An attribute as the prop it gives: `user="x"` as its text, `:user="expr"` as its expression, a
 * bare `is-no-user` as no value (`true`), keys in camelCase. Other directives give none.
 */
export function readVueProp(attribute: VueAttribute): { name: string; value: TSESTree.Node | string | undefined } | undefined {
  if (!attribute.directive && typeof attribute.key.name === 'string') {
    return { name: toCamelCase(attribute.key.name), value: attribute.value?.type === 'VLiteral' ? (attribute.value.value ?? '') : undefined };
  }
  return readAttribute(attribute);
}

/**
 * The same for a Svelte component of the project (`<AdvancedTable id="users" />`, the component
 * writing `` new PersistedState(`table-${id}-preferences`) `` with Svelte 5's `let { id } = $props()`
 * or Svelte 4's `export let id`): the component the file imports under the element's name.
 */
export function collectSvelteComponentWrites(element: SvelteComponentElement, context: WriteContext): CookieWrite[] {
  if (element.kind !== 'component' || element.name.type !== 'Identifier') return [];
  const binding = context.module.lookup(element.name);
  const file = binding.kind === 'import' ? findComponentExport(context.module.file, binding.source, binding.imported, 0) : undefined;
  return file === undefined ? [] : collectComponentWrites(file, makeSvelteProps(element), context);
}

function collectComponentWrites(file: string, props: TSESTree.ObjectExpression, context: WriteContext): CookieWrite[] {
  if (!mayHoldWrapper(file, context.index.trigger)) return [];
  const component = readForeignModule(file);
  if (!component) return [];
  const sites = getPropSites(component, context);
  if (sites.length === 0) return [];
  const bound = bindProps(component, { node: props, module: context.module });
  const inner: WriteContext = { index: context.index, module: bound };
  return sites.flatMap(({ site, writes: placeholders }) => {
    const found = collectSiteWrites(site, inner, undefined, 1);
    return found.flatMap((write, at) => {
      const place = getParameterPlace((found.length === placeholders.length ? placeholders[at] : placeholders[0])?.names ?? []);
      const given = place && (props.properties as TSESTree.Property[]).find((property) => (property.key as TSESTree.Identifier).name === place.properties[0]);
      // A prop left out, or known only at run time, adds nothing to the component's own report.
      if (!given || isUnknownText(readPropPart(given.value, place.properties.slice(1)), context.module)) return [];
      return [{ ...write, node: given.value }];
    });
  });
}

// The script's write sites whose name comes from the props, with their writes as the props' placeholder shows them.
function getPropSites(component: ForeignModule, context: WriteContext): readonly PropSite[] {
  let byModule = propSites.get(context.index);
  if (!byModule) propSites.set(context.index, (byModule = new WeakMap()));
  let known = byModule.get(component);
  if (known) return known;
  const sites: PropSite[] = [];
  const optionProps = readOptionProps(component.program);
  if (definesProps(component) || optionProps.size > 0) {
    const placeholder = createPlaceholder(0, component.program as unknown as FunctionNode);
    const inner: WriteContext = { index: context.index, module: bindProps(component, { node: placeholder, module: component }) };
    forEachWriteSite(component.program, (site) => {
      const writes = collectSiteWrites(site, inner, undefined, 1);
      if (writes.some((write) => getParameterPlace(write.names) !== undefined)) sites.push({ site, writes });
    });
  }
  byModule.set(component, (known = sites));
  return known;
}

/**
 * The component's script as seen from one element: `defineProps()` (also under
 * `withDefaults`) and `$props()` stand for `props`, so does `this` for the props an Options API component
 * declares (`props: ['name']`, `this.name`), and each of a Svelte 4 component's `export let name`
 * for its prop.
 */
function bindProps(component: ForeignModule, props: { node: TSESTree.Node; module: ModuleContext }): ModuleContext {
  const optionProps = readOptionProps(component.program);
  const lookupThis = optionProps.size === 0 ? undefined : (member: TSESTree.MemberExpression) => {
    const name = getMemberName(member);
    return name !== undefined && optionProps.has(name) ? getProp(props, name) : undefined;
  };
  const exportedLets = readExportedLets(component);
  return bindValues(
    component,
    (binding: Binding, identifier: TSESTree.Identifier) => {
      if (binding.kind === 'value' && binding.module.file === component.file && isDefineProps(binding.init)) return { ...binding, init: props.node, module: props.module };
      const declarator = exportedLets.get(identifier.name);
      if (!declarator || !isDeclaredBy(binding, declarator, component.file)) return undefined;
      // A prop the element leaves out keeps its default.
      const prop = getProp(props, identifier.name);
      return prop && { kind: 'value', init: prop.node, path: [], module: prop.module };
    },
    lookupThis,
  );
}

const NO_EXPORTED_LETS: ReadonlyMap<string, TSESTree.VariableDeclarator> = new Map();
const exportedLetsRead = new WeakMap<TSESTree.Program, ReadonlyMap<string, TSESTree.VariableDeclarator>>();

// Svelte 4's props: `export let name` (or `var`), with its default, at the top of a `.svelte` file's script.
function readExportedLets({ file, program }: ForeignModule): ReadonlyMap<string, TSESTree.VariableDeclarator> {
  if (!file.endsWith('.svelte')) return NO_EXPORTED_LETS;
  let known = exportedLetsRead.get(program);
  if (known) return known;
  const names = new Map<string, TSESTree.VariableDeclarator>();
  for (const statement of program.body) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : null;
    if (declaration?.type !== 'VariableDeclaration' || declaration.kind === 'const') continue;
    for (const declarator of declaration.declarations) if (declarator.id.type === 'Identifier') names.set(declarator.id.name, declarator);
  }
  exportedLetsRead.set(program, (known = names));
  return known;
}

// Whether a look-up found the exported `let` itself, not a variable of the same name inside a function.
function isDeclaredBy(binding: Binding, declarator: TSESTree.VariableDeclarator, file: string): boolean {
  if (binding.kind === 'value') return binding.module.file === file && binding.init === declarator.init;
  if (binding.kind === 'assigned') return binding.module.file === file && (!declarator.init || binding.values.includes(declarator.init));
  return binding.kind === 'other';
}

// One prop of the made-up props object, or of the placeholder that stands for them.
function getProp(props: { node: TSESTree.Node; module: ModuleContext }, name: string): { node: TSESTree.Node; module: ModuleContext } | undefined {
  const placeholder = getPlaceholderProperty(props.node, name);
  if (placeholder) return { node: placeholder, module: props.module };
  if (props.node.type !== 'ObjectExpression') return undefined;
  const property = (props.node.properties as TSESTree.Property[]).find((candidate) => (candidate.key as TSESTree.Identifier).name === name);
  return property ? { node: property.value, module: props.module } : undefined;
}

const optionPropsRead = new WeakMap<TSESTree.Program, ReadonlySet<string>>();

// `export default { props: ['name'] }` or `{ props: { name: String } }`, also in `defineComponent({ ... })`.
function readOptionProps(program: TSESTree.Program): ReadonlySet<string> {
  let known = optionPropsRead.get(program);
  if (known) return known;
  const names = new Set<string>();
  const value = readOptionsProperty(program, 'props');
  if (value?.type === 'ArrayExpression') {
    for (const element of value.elements) if (element?.type === 'Literal' && typeof element.value === 'string') names.add(element.value);
  } else if (value?.type === 'ObjectExpression') {
    for (const property of value.properties) {
      const key = property.type === 'Property' ? getStaticKey(property.key, property.computed) : undefined;
      if (key !== undefined) names.add(key);
    }
  }
  optionPropsRead.set(program, (known = names));
  return known;
}

// One option of the component's default export (`export default { components: { ... } }`, also in `defineComponent({ ... })`).
function readOptionsProperty(program: TSESTree.Program, key: string): TSESTree.Node | undefined {
  const exported = program.body.find((statement) => statement.type === 'ExportDefaultDeclaration');
  let options = exported?.type === 'ExportDefaultDeclaration' ? unwrapExpression(exported.declaration) : undefined;
  if (options?.type === 'CallExpression' && options.arguments[0]) options = unwrapExpression(options.arguments[0]);
  const property = options?.type === 'ObjectExpression' ? options.properties.find((candidate): candidate is TSESTree.Property => candidate.type === 'Property' && getStaticKey(candidate.key, candidate.computed) === key) : undefined;
  return property && unwrapExpression(property.value);
}

// Vue's `defineProps()` (also under `withDefaults`), Svelte 5's `$props()`.
function isDefineProps(node: TSESTree.Node): boolean {
  const call = unwrapExpression(node);
  if (call.type !== 'CallExpression' || call.callee.type !== 'Identifier') return false;
  if (call.callee.name === 'withDefaults') return call.arguments[0] !== undefined && isDefineProps(call.arguments[0]);
  return call.callee.name === 'defineProps' || call.callee.name === '$props';
}

function definesProps(component: ForeignModule): boolean {
  return readExportedLets(component).size > 0 || component.program.body.some((statement) => statement.type === 'VariableDeclaration' && statement.declarations.some((declarator) => declarator.init && isDefineProps(declarator.init)));
}

// The component an Options API object registers under a tag's name (`components: { Avatar: NcAvatar }`, or `NcAvatar` by itself).
function findRegisteredComponent(program: TSESTree.Program | undefined, name: string): TSESTree.Identifier | undefined {
  const components = program && readOptionsProperty(program, 'components');
  if (components?.type !== 'ObjectExpression') return undefined;
  for (const property of components.properties) {
    if (property.type !== 'Property') continue;
    const key = getStaticKey(property.key, property.computed);
    const value = unwrapExpression(property.value);
    if (key !== undefined && toPascalCase(key) === name && value.type === 'Identifier') return value;
  }
  return undefined;
}

// The file of the component a tag names: imported under its PascalCase name, or registered globally.
function findComponentFile(tag: string, context: WriteContext): string | undefined {
  const name = toPascalCase(tag);
  const { module } = context;
  const binding = module.lookup(findRegisteredComponent(context.program, name) ?? ({ type: 'Identifier', name } as TSESTree.Identifier));
  if (binding.kind === 'import') return findComponentExport(module.file, binding.source, binding.imported, 0);
  return binding.kind === 'global' ? getVueGlobalComponents(module.file).get(name) : undefined;
}

// A `.vue` or `.svelte` file imported as is, or handed on by a barrel (`export { default as Link } from './Link.vue'`, `export *`).
function findComponentExport(from: string, source: string, imported: string, depth: number): string | undefined {
  const file = resolveModuleFile(from, source);
  if (file === undefined || depth > MAX_BARRELS) return undefined;
  if (/\.(?:vue|svelte)$/.test(file)) return imported === 'default' ? file : undefined;
  const barrel = readForeignModule(file);
  const exported = barrel?.exports.get(imported);
  if (!barrel) return undefined;
  if (exported?.kind === 'reexport') return findComponentExport(file, exported.source, exported.imported, depth + 1);
  if (exported?.kind === 'local') {
    const local = barrel.lookup({ type: 'Identifier', name: exported.name } as TSESTree.Identifier);
    return local.kind === 'import' ? findComponentExport(file, local.source, local.imported, depth + 1) : undefined;
  }
  if (exported) return undefined;
  for (const star of barrel.starExports) {
    const found = findComponentExport(file, star, imported, depth + 1);
    if (found) return found;
  }
  return undefined;
}

const MAX_BARRELS = 4;

// The element's attributes as the props object the component receives: `name="x"` as text,
// `:name="expr"` as its expression, keys in camelCase (`cache-key` is `cacheKey`).
function makeProps(element: VueElement): TSESTree.ObjectExpression {
  return toPropsObject(element, element.startTag.attributes.map((attribute) => ({ attribute, read: readAttribute(attribute) })));
}

// An element's props as the object literal its component's script is bound to, each prop at its attribute.
function toPropsObject(
  element: { readonly range: TSESTree.Range; readonly loc: TSESTree.SourceLocation },
  attributes: readonly { attribute: { readonly range: TSESTree.Range; readonly loc: TSESTree.SourceLocation }; read: { name: string; value: TSESTree.Node } | undefined }[],
): TSESTree.ObjectExpression {
  const props = { type: 'ObjectExpression', properties: [] as TSESTree.Property[], range: element.range, loc: element.loc } as TSESTree.ObjectExpression;
  for (const { attribute, read } of attributes) {
    if (!read) continue;
    const key = { type: 'Identifier', name: read.name, range: attribute.range, loc: attribute.loc } as TSESTree.Identifier;
    props.properties.push({ type: 'Property', key, value: read.value, computed: false, method: false, shorthand: false, kind: 'init', range: attribute.range, loc: attribute.loc, parent: props } as unknown as TSESTree.Property);
  }
  return props;
}

// The attributes of a Svelte component element as its props: `id="users"` as text, `id={x}` and
// `{id}` as their expression, text with tags (`id="api-{id}"`) as the template literal it makes.
function makeSvelteProps(element: SvelteComponentElement): TSESTree.ObjectExpression {
  return toPropsObject(
    element,
    element.startTag.attributes.map((attribute) => {
      const value = readSvelteAttribute(attribute);
      // A spread (`{...rest}`) or a directive has no key of its own.
      const name = attribute.key?.name;
      return { attribute, read: value !== undefined && typeof name === 'string' ? { name, value } : undefined };
    }),
  );
}

function readSvelteAttribute(attribute: SvelteAttribute): TSESTree.Node | undefined {
  if (attribute.type === 'SvelteShorthandAttribute') return attribute.value as TSESTree.Node;
  if (attribute.type !== 'SvelteAttribute' || !Array.isArray(attribute.value)) return undefined;
  const parts = attribute.value as readonly SveltePart[];
  const first = parts[0];
  const last = parts.at(-1);
  if (!first || !last) return undefined;
  if (parts.length === 1 && first.type === 'SvelteMustacheTag') return first.expression;
  const range: TSESTree.Range = [first.range[0], last.range[1]];
  const loc = { start: first.loc.start, end: last.loc.end };
  const quasis: TSESTree.TemplateElement[] = [];
  const expressions: TSESTree.Expression[] = [];
  let text = '';
  for (const part of parts) {
    if (part.type === 'SvelteLiteral') text += part.value ?? '';
    else if (part.type === 'SvelteMustacheTag' && part.expression) {
      quasis.push({ type: 'TemplateElement', value: { raw: text, cooked: text }, tail: false, range, loc } as TSESTree.TemplateElement);
      expressions.push(part.expression as TSESTree.Expression);
      text = '';
    } else return undefined;
  }
  if (expressions.length === 0) return { type: 'Literal', value: text, raw: JSON.stringify(text), range, loc } as TSESTree.StringLiteral;
  quasis.push({ type: 'TemplateElement', value: { raw: text, cooked: text }, tail: true, range, loc } as TSESTree.TemplateElement);
  return { type: 'TemplateLiteral', quasis, expressions, range, loc } as TSESTree.TemplateLiteral;
}

function readAttribute(attribute: VueAttribute): { name: string; value: TSESTree.Node } | undefined {
  const value = attribute.value;
  if (!value) return undefined;
  if (!attribute.directive) {
    const name = typeof attribute.key.name === 'string' ? attribute.key.name : undefined;
    if (name === undefined || value.type !== 'VLiteral') return undefined;
    return { name: toCamelCase(name), value: { type: 'Literal', value: value.value ?? '', raw: JSON.stringify(value.value ?? ''), range: value.range, loc: value.loc } as TSESTree.StringLiteral };
  }
  const directive = typeof attribute.key.name === 'string' ? attribute.key.name : attribute.key.name.name;
  const argument = attribute.key.argument;
  if (directive !== 'bind' || argument?.type !== 'VIdentifier' || !argument.name || !value.expression) return undefined;
  return { name: toCamelCase(argument.name), value: value.expression };
}

// The part of a prop's value the name is read from (`paginationConfig` then `.cacheSizeKey`), as an expression to resolve.
function readPropPart(value: TSESTree.Node, properties: readonly string[]): TSESTree.Node {
  return properties.reduce<TSESTree.Node>(
    (object, name) => ({ type: 'MemberExpression', object, property: { type: 'Identifier', name, range: value.range, loc: value.loc }, computed: false, optional: false, range: value.range, loc: value.loc }) as TSESTree.MemberExpression,
    value,
  );
}

function isUnknownText(node: TSESTree.Node, module: ModuleContext): boolean {
  return resolveString(node, module).every((shape) => shape.every((part) => part === UNKNOWN || part === ''));
}
