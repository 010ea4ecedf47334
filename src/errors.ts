/**
 * Errors a user can cause and act on. The CLI prints `crosscheck: <message>`
 * on one line and exits with 2; no stack trace unless `--debug`.
 */
export type ErrorCode = 'usage' | 'input' | 'config' | 'rules';

export class CrosscheckError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** the file the problem is in, when there is one */
    readonly file?: string,
  ) {
    super(file ? `${file}: ${message}` : message);
    this.name = 'CrosscheckError';
  }
}

/** Reword ajv errors the way ESLint does: `Key "rules": Key "x": must be …` at a JSON path. */
export function describeAjvErrors(errors: ReadonlyArray<{ instancePath: string; message?: string; params?: Record<string, unknown>; keyword: string }> | null | undefined): string {
  if (!errors || errors.length === 0) return 'is not valid';
  const e = errors[0];
  const path = e.instancePath ? e.instancePath.replace(/\//g, '.').replace(/^\./, '') : '';
  let msg = e.message ?? 'is not valid';
  if (e.keyword === 'additionalProperties' && e.params && typeof e.params.additionalProperty === 'string') {
    msg = `has unknown property "${e.params.additionalProperty}"`;
  } else if (e.keyword === 'enum' && e.params && Array.isArray(e.params.allowedValues)) {
    msg = `must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return `${path ? `at "${path}"` : 'at the top level'}: ${msg}`;
}
