// One error type for the whole conversion pipeline: it names the raw file and, where known,
// the line and column, and says what to do about it. The CLI prints `file:line:col: message`.

export interface ErrorPlace {
  file: string;
  line?: number;
  column?: number;
  /** What the user should do to fix it, e.g. "re-run propose-corrections and review". */
  hint?: string;
}

export class ConvertError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly hint: string | undefined;

  constructor(message: string, place: ErrorPlace) {
    const where = [place.file, place.line, place.column].filter((p) => p !== undefined).join(':');
    super(`${where}: ${message}${place.hint ? ` (${place.hint})` : ''}`);
    this.name = 'ConvertError';
    this.file = place.file;
    this.line = place.line;
    this.column = place.column;
    this.hint = place.hint;
  }
}
