/**
 * A problem the editor must fix before anything is imported: what is wrong and what to do,
 * in one line. The command prints the message alone (no stack trace) and exits with 1.
 */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}
