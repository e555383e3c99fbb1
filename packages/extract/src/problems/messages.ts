/** What a message may mention: the code as written, a name, and a fact such as a path. */
export interface ProblemParams {
  /** The source text of the expression, shortened. */
  readonly text?: string;
  /** An identifier, module specifier or export name. */
  readonly name?: string;
  /** A fact the message needs: a compiler message, the paths tried, a line. */
  readonly detail?: string;
}

const DSL = "'@cookie-ledger/core'";

/**
 * The text of every problem the static reader reports, by code: what is wrong, then what to
 * write instead. Core's validation problems keep core's codes and messages.
 * This table is the only place these sentences are written.
 */
export const EXTRACT_MESSAGES = {
  'file-not-found': ({ name }: ProblemParams) =>
    `The policy module ${name} does not exist. Pass the path of the module whose default export is \`defineCookiePolicy({...})\` (settings \`policy\` or \`--policy\`), or create it.`,
  'syntax-error': ({ detail }: ProblemParams) => `Syntax error: ${detail} Fix it so that the policy can be read.`,
  'missing-default-export': () =>
    'The policy module has no default export. End it with `export default defineCookiePolicy({ owner, cookies: [...] })`.',
  'default-export-not-policy': ({ text }: ProblemParams) =>
    `The default export \`${text}\` is not a \`defineCookiePolicy({...})\` call from ${DSL}. Write \`export default defineCookiePolicy({ owner, cookies: [...] })\`.`,
  'unresolved-import': ({ name, detail }: ProblemParams) =>
    `Cannot find the module '${name}' (tried ${detail}). Fix the path, or declare the alias in \`compilerOptions.paths\` of the nearest tsconfig.json.`,
  'package-import': ({ name }: ProblemParams) =>
    `'${name}' is a package: only the project's own modules and ${DSL} are read statically. Declare the value in the project, or import it through a relative path or a tsconfig path alias.`,
  'missing-export': ({ name, detail }: ProblemParams) =>
    `${detail} has no export named \`${name}\`. Export it from there, or fix the import.`,
  'unsupported-call': ({ text }: ProblemParams) =>
    `\`${text}\` is a call, and the policy is read without running code: only \`defineCookie\` and \`defineCookiePolicy\` from ${DSL} are understood. Write the value it returns as a literal (a string, an object, an array of declarations).`,
  'misplaced-policy': ({ text }: ProblemParams) =>
    `\`${text}\`: \`defineCookiePolicy\` belongs in the default export of the policy module only. Use its input object here instead.`,
  'runtime-value': ({ text }: ProblemParams) =>
    `\`${text}\` is only known when the app runs, and the policy is read without running code. Write the value as a literal, or declare a name pattern (\`'prefix_*'\`) that covers every value.`,
  'not-const': ({ name }: ProblemParams) =>
    `\`${name}\` is declared with \`let\` or \`var\`, so its value may change before it is used. Declare it with \`const\`.`,
  'mutated-value': ({ name, detail }: ProblemParams) =>
    `\`${name}\` is changed after it is declared (${detail}); the static reader only sees the value it is declared with. Write the complete value where it is declared, e.g. \`const ${name} = [session, csrf]\`.`,
  'runtime-binding': ({ name, detail }: ProblemParams) =>
    `\`${name}\` is ${detail}, whose value is only known when the code runs. Write each declaration as its own \`defineCookie({...})\`, listed in \`cookies: [...]\`.`,
  'unknown-identifier': ({ name }: ProblemParams) =>
    `\`${name}\` is neither declared in this module nor imported. Declare it with \`const\`, or import it.`,
  'no-initializer': ({ name }: ProblemParams) =>
    `\`${name}\` has no value the static reader can see where it is declared (an ambient \`declare\`, or a destructuring such as \`const { ${name} } = ...\`). Declare it as \`const ${name} = <literal>\`.`,
  'unsupported-syntax': ({ text, detail }: ProblemParams) =>
    `\`${text}\` (${detail}) cannot be evaluated without running code. Write a literal (string, number, boolean, object, array, RegExp), a \`const\` that holds one, or a string built from them with \`+\` or a template.`,
  'runtime-template': ({ text }: ProblemParams) =>
    `The template has the part \`\${${text}}\`, which is not a constant string or number. Write the whole name, or a pattern such as \`'prefix_*'\`.`,
  'invalid-operand': ({ text, detail }: ProblemParams) =>
    `\`${text}\` ${detail}. Write the value as a literal.`,
  'circular-reference': ({ name }: ProblemParams) =>
    `\`${name}\` refers to itself through its own value. Break the cycle: declare each value once, from literals.`,
} as const satisfies Record<string, (params: ProblemParams) => string>;

/** Every problem the static reader itself reports (core's validation codes come on top). */
export type ExtractProblemCode = keyof typeof EXTRACT_MESSAGES;
