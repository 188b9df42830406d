/** Progress on stderr while a live account is read: only on a terminal, never with --quiet; stdout carries only the report. */

export interface ProgressStats {
  requests: number;
  errors: number;
  inFlight: number;
}

export class Progress {
  private last = 0;
  private shown = false;

  constructor(
    private readonly enabled: boolean,
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly intervalMs = 200,
  ) {}

  /** Whether progress should show: stderr is a terminal and the user did not ask for quiet. */
  static wanted(quiet: boolean | undefined, stream: NodeJS.WriteStream = process.stderr): boolean {
    return !quiet && Boolean(stream.isTTY);
  }

  update(stats: ProgressStats): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < this.intervalMs) return;
    this.last = now;
    this.shown = true;
    const errors = stats.errors ? `, ${stats.errors} answered with an error` : '';
    this.stream.write(`\r\u001b[2Ksmsec: reading the account: ${stats.requests} requests done${errors}, ${stats.inFlight} in flight`);
  }

  /** Clears the progress line. */
  done(): void {
    if (this.enabled && this.shown) this.stream.write('\r\u001b[2K');
  }
}
