import { ESLintUtils, type TSESLint } from '@typescript-eslint/utils';
import type { TypeReader } from './resolveString.js';
import { MAX_ALTERNATIVES, type StringShape, UNKNOWN } from './stringShape.js';

interface LiteralLikeType {
  isTypeParameter(): boolean;
  isStringLiteral(): this is { value: string };
  isUnion(): this is { types: LiteralLikeType[] };
  texts?: readonly string[];
}

/**
 * Reads names from string-literal types (`'theme'`, `'a' | 'b'`, `` `_ga_${string}` ``) through
 * typescript-eslint's parser services. Throws typescript-eslint's own explanation when the file
 * was parsed without type information, so turning the option on never degrades silently.
 */
export function createTypeReader(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): TypeReader {
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
