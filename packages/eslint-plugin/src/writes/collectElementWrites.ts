import { isNamedWithModule } from '../names/projectReferences.js';
import type { TSESTree } from '@typescript-eslint/utils';
import type { ElementSink } from '../sinks/types.js';
import { findValue, resolveString } from '../names/resolveString.js';
import { unwrapExpression } from '../names/bindings.js';
import { getPlaceholderProperty } from './parameterPlaceholder.js';
import { findObjectLiteral, getPropertyValue } from './objectLiteral.js';
import { readChosenStorage } from './readWriteStorage.js';
import { UNKNOWN_SHAPES, surroundShapes } from '../names/stringShape.js';
import { type WriteContext, isDescribedVersion } from './collectWrites.js';
import type { CookieWrite } from './cookieWrite.js';
import { getComponentIdentifier } from './componentCall.js';
import { type SvelteComponentElement, type SveltePart, type VueElement, getVueComponentIdentifier, readVueProp } from './componentElementWrites.js';
import { matchValue } from './matchValue.js';
import { isOptionValue } from './isOptionValue.js';

/** A component as rendered: a JSX opening element, a Svelte component element, or a Vue template element. */
export type ElementSite = TSESTree.JSXOpeningElement | SvelteComponentElement | VueElement;

/** A prop as given: its node and its value (a string, an expression, or nothing for a bare `prop`). */
interface Prop {
  readonly node: TSESTree.Node;
  readonly value: TSESTree.Node | string | undefined;
}

/** The writes of rendering a catalogued component: `<ThemeProvider storageKey="ui-theme">`, `<ModeWatcher />`, `<NcAvatar :user="uid">`. */
export function collectElementWrites(site: ElementSite, context: WriteContext): CookieWrite[] {
  if (context.index.elements.length === 0) return [];
  const name = getSiteIdentifier(site, context);
  if (!name) return [];
  const writes: CookieWrite[] = [];
  for (const { family, sink } of context.index.elements) {
    if (sink.kind !== 'element' || !matchValue(name, sink.component, context.module) || !isDescribedVersion(family, context.module.file)) continue;
    const props = readProps(site);
    // A Vue tag's component may be named in the script (`components: { Avatar: NcAvatar }`): a default is the element's.
    const write = readElementWrite(sink, props, readSpreads(site), site.type === 'VElement' ? (site as unknown as TSESTree.Node) : name, context);
    if (write) writes.push({ family, module: context.module, ...write, ...readChosenStorage(sink.storage, getPropNode(props, sink.storage?.optionKey), family, context.module) });
  }
  return writes;
}

function readElementWrite(
  sink: ElementSink,
  props: ReadonlyMap<string, Prop>,
  spreads: readonly TSESTree.Node[],
  element: TSESTree.Node,
  context: WriteContext,
): Omit<CookieWrite, 'family'> | undefined {
  if ([sink.unlessProp ?? []].flat().some((prop) => props.has(prop))) return undefined;
  if (sink.offWhen && isPropValue(props.get(sink.offWhen.key), sink.offWhen.value, context)) return undefined;
  if (sink.onlyWhen && !isPropValue(props.get(sink.onlyWhen.key), sink.onlyWhen.value, context)) return undefined;
  if (sink.storesOnlyThrough && !isNamedWithModule(sink.storesOnlyThrough.module, sink.storesOnlyThrough.names, context.module.file)) return undefined;
  const given = sink.nameProp === undefined ? undefined : props.get(sink.nameProp);
  const spread = given === undefined && sink.nameProp !== undefined ? readSpreadProp(spreads, sink.nameProp, context) : undefined;
  if (spread) return { node: spread.node, names: surroundShapes(resolveString(spread.value, spread.module, spread.module === context.module ? context.readType : undefined), sink.nameAround) };
  if (given === undefined) {
    if (sink.defaultPattern) return { node: element, names: surroundShapes(UNKNOWN_SHAPES, sink.defaultPattern) };
    return sink.defaultName === undefined ? undefined : { node: element, names: [[sink.defaultName]] };
  }
  if (typeof given.value === 'string') return { node: given.node, names: surroundShapes([[given.value]], sink.nameAround) };
  if (sink.nameKey !== undefined && given.value) {
    const option = readOption(given.value, sink.nameKey, context);
    return { node: option ?? given.value, names: surroundShapes(option ? resolveString(option, context.module, context.readType) : UNKNOWN_SHAPES, sink.nameAround) };
  }
  return given.value
    ? { node: given.value, names: surroundShapes(resolveString(given.value, context.module, context.readType), sink.nameAround) }
    : { node: given.node, names: surroundShapes([['true']], sink.nameAround) };
}

/**
 * The name prop as a spread passes it (`<PanelGroup {...props}>` in the app's pass-through
 * component), last spread first: inside the component being summarised as a wrapper, the
 * caller's prop it stands for (the parameter's placeholder); for one of its elements, the prop the
 * element gives (`<ResizablePanelGroup autosaveId="split">`). Undefined when no spread gives it or
 * what a spread holds cannot be seen: then the library's default is assumed.
 */
function readSpreadProp(spreads: readonly TSESTree.Node[], prop: string, context: WriteContext): { node: TSESTree.Node; value: TSESTree.Node; module: WriteContext['module'] } | undefined {
  for (const spread of [...spreads].reverse()) {
    const found = findValue(spread, context.module, 0);
    if (!found || 'namespace' in found) return undefined;
    const placeholder = getPlaceholderProperty(found.node, prop);
    if (placeholder) return { node: spread, value: placeholder, module: context.module };
    const object = unwrapExpression(found.node);
    if (object.type !== 'ObjectExpression') return undefined;
    const value = getPropertyValue(object, prop);
    if (value) return { node: value, value, module: found.module };
    // A spread inside the props passes what is not in sight.
    if (object.properties.some((property) => property.type === 'SpreadElement')) return undefined;
  }
  return undefined;
}

/** The property `key` of the options object a prop holds (a literal, a constant, or the caller's prop while a wrapper is summarised); undefined when it cannot be seen. */
function readOption(value: TSESTree.Node, key: string, context: WriteContext): TSESTree.Node | undefined {
  const found = findValue(value, context.module, 0);
  if (!found || 'namespace' in found) return undefined;
  return getPlaceholderProperty(found.node, key) ?? getPropertyValue(findObjectLiteral(value, context.module), key);
}

/** The node a prop's value is written as: its string literal, or its expression. */
function getPropNode(props: ReadonlyMap<string, Prop>, name: string | undefined): TSESTree.Node | undefined {
  const prop = name === undefined ? undefined : props.get(name);
  if (!prop || prop.value === undefined) return undefined;
  if (typeof prop.value !== 'string') return prop.value;
  const attribute = prop.node as TSESTree.JSXAttribute;
  return attribute.type === 'JSXAttribute' && attribute.value?.type === 'Literal' ? attribute.value : undefined;
}

/** The expressions spread into a JSX element's props (`{...props}`), in order. */
function readSpreads(site: ElementSite): TSESTree.Node[] {
  return site.type === 'JSXOpeningElement' ? site.attributes.flatMap((attribute) => (attribute.type === 'JSXSpreadAttribute' ? [attribute.argument] : [])) : [];
}

/** Whether a prop is given as `value`: a bare prop is `true`, `prop="text"` a text. */
function isPropValue(prop: Prop | undefined, value: string | boolean, context: WriteContext): boolean {
  if (!prop) return false;
  if (prop.value === undefined) return value === true;
  return typeof prop.value === 'string' ? prop.value === value : isOptionValue(prop.value, value, context.module);
}

/** The component's name as an identifier the module's scopes can bind. */
function getSiteIdentifier(site: ElementSite, context: WriteContext): TSESTree.Identifier | undefined {
  if (site.type === 'VElement') return getVueComponentIdentifier(site, context);
  if (site.type === 'SvelteElement') return site.kind === 'component' && site.name.type === 'Identifier' ? site.name : undefined;
  return getComponentIdentifier(site);
}

function readProps(site: ElementSite): Map<string, Prop> {
  const props = new Map<string, Prop>();
  if (site.type === 'VElement') {
    for (const attribute of site.startTag.attributes) {
      const prop = readVueProp(attribute);
      if (prop) props.set(prop.name, { node: attribute as unknown as TSESTree.Node, value: prop.value });
    }
    return props;
  }
  if (site.type === 'SvelteElement') {
    for (const attribute of site.startTag.attributes) {
      const name = attribute.key?.name;
      if (attribute.type !== 'SvelteAttribute' || typeof name !== 'string') continue;
      const parts: readonly SveltePart[] = Array.isArray(attribute.value) ? attribute.value : [];
      const only = parts.length === 1 ? parts[0] : undefined;
      const value = only?.type === 'SvelteLiteral' && typeof only.value === 'string' ? only.value : only?.type === 'SvelteMustacheTag' ? only.expression : undefined;
      props.set(name, { node: attribute as unknown as TSESTree.Node, value });
    }
    return props;
  }
  for (const attribute of site.attributes) {
    if (attribute.type === 'JSXSpreadAttribute' || attribute.name.type !== 'JSXIdentifier') continue;
    const value = attribute.value;
    const read =
      value === null ? undefined : value.type === 'Literal' ? String(value.value) : value.type === 'JSXExpressionContainer' && value.expression.type !== 'JSXEmptyExpression' ? value.expression : undefined;
    props.set(attribute.name.name, { node: attribute, value: read });
  }
  return props;
}
