/** A policy file that `add` or `init` cannot edit safely, with the place that stops it. */
export class PolicyEditError extends Error {
  override readonly name = 'PolicyEditError';

  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}:${column}: ${problem}`);
  }
}
