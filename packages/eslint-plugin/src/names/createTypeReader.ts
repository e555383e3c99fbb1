import { relative } from 'node:path';
import { ESLintUtils, type TSESLint } from '@typescript-eslint/utils';
import type { TypeReader } from './resolveString.js';
import { MAX_ALTERNATIVES, type StringShape, UNKNOWN } from './stringShape.js';

/** The code of the process warning given when `typeAware` meets a file without type information. */
export const NO_TYPE_INFORMATION_WARNING = 'COOKIE_LEDGER_NO_TYPE_INFORMATION';
let warned = false;

interface LiteralLikeType {
  isTypeParameter(): boolean;
  isStringLiteral(): this is { value: string };
  isUnion(): this is { types: LiteralLikeType[] };
  texts?: readonly string[];
}

/**
 * Reads names from string-literal types (`'theme'`, `'a' | 'b'`, `` `_ga_${string}` ``) through
 * typescript-eslint's parser services. A file parsed without type information (a `.js` file
 * outside the tsconfig, no `parserOptions.projectService`) is read without types: undefined,
 * and a process warning, once per process, names the first such file and the fix, so the option
 * never degrades silently (and never stops ESLint, as typescript-eslint's own check would).
 */
export function createTypeReader(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): TypeReader | undefined {
  const { parserServices } = context.sourceCode;
  if (!parserServices?.program || !parserServices.esTreeNodeToTSNodeMap) {
    warnNoTypeInformation(context);
    return undefined;
  }
  const services = ESLintUtils.getParserServices(context);
  const checker = services.program.getTypeChecker();
  return (node) => {
    let type = services.getTypeAtLocation(node) as unknown as LiteralLikeType;
    // `name: N` where `N extends 'a' | 'b'`: the constraint gives the names.
    if (type.isTypeParameter()) type = (checker.getBaseConstraintOfType(type as never) ?? type) as unknown as LiteralLikeType;
    const members = type.isUnion() ? type.types : [type];
    if (members.length > MAX_ALTERNATIVES) return undefined;
    const shapes: StringShape[] = [];
    for (const member of members) {
      const shape = getLiteralShape(member);
      if (!shape) return undefined;
      shapes.push(shape);
    }
    return shapes;
  };
}

function getLiteralShape(type: LiteralLikeType): StringShape | undefined {
  if (type.isStringLiteral()) return [type.value];
  // A template literal type: texts around each placeholder (`_ga_${string}` has texts ['_ga_', '']).
  if (Array.isArray(type.texts)) {
    return type.texts.flatMap((text, index) => (index === 0 ? [text] : [UNKNOWN, text])).filter((part) => part !== '');
  }
  return undefined;
}

function warnNoTypeInformation(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): void {
  if (warned) return;
  warned = true;
  const file = relative(context.cwd, context.filename) || context.filename;
  process.emitWarning(
    `cookie-ledger: typeAware is on, but ${file} has no type information, so cookie and storage names there (and in any other such file) are read without types. ` +
      'Give those files types (typed linting with `parserOptions.projectService`, a tsconfig that includes them, `allowJs` for .js files), ' +
      "or turn typeAware off for them: { files: ['**/*.js'], settings: { 'cookie-ledger': { typeAware: false } } }. (Said once per process.)",
    { code: NO_TYPE_INFORMATION_WARNING },
  );
}
