import type { CliContext } from '../CliContext.js';

/** A one-line progress indicator on a terminal; silent when stderr is not one, or when asked to be. */
export class Progress {
  private shown = false;

  constructor(
    private readonly context: CliContext,
    private readonly enabled: boolean,
  ) {}

  update(text: string): void {
    if (!this.enabled) return;
    this.context.stderr(`\r\x1b[2K${text}`);
    this.shown = true;
  }

  clear(): void {
    if (this.shown) this.context.stderr('\r\x1b[2K');
    this.shown = false;
  }
}
