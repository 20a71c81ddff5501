/** An error answer of the API (RFC 9457 problem details), or a failure to reach it. */

export interface ProblemFieldError {
  field: string;
  message: string;
}

export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  errors?: ProblemFieldError[];
}

/** Codes the web app gives itself for failures that never reached a problem document. */
export const networkErrorCode = 'network-error';
export const unexpectedResponseCode = 'unexpected-response';

export class ProblemError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string | undefined;
  readonly detail: string | undefined;
  readonly fieldErrors: ProblemFieldError[];
  /** Seconds to wait before trying again, from a Retry-After header. */
  readonly retryAfterSeconds: number | undefined;

  constructor(status: number, problem: ProblemDetails, retryAfterSeconds?: number) {
    super(problem.detail ?? problem.title ?? `HTTP ${String(status)}`);
    this.name = 'ProblemError';
    this.status = status;
    this.code = problem.code ?? (status === 0 ? networkErrorCode : unexpectedResponseCode);
    this.title = problem.title;
    this.detail = problem.detail;
    this.fieldErrors = problem.errors ?? [];
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export function isProblem(error: unknown, status?: number): error is ProblemError {
  return error instanceof ProblemError && (status === undefined || error.status === status);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a problem document leniently: anything unexpected is left out. */
export function toProblemDetails(body: unknown): ProblemDetails {
  if (!isRecord(body)) return {};
  const text = (key: string): string | undefined => (typeof body[key] === 'string' ? body[key] : undefined);
  const errors = Array.isArray(body.errors)
    ? body.errors.filter(isRecord).map((error) => ({
        field: typeof error.field === 'string' ? error.field : '',
        message: typeof error.message === 'string' ? error.message : '',
      }))
    : undefined;
  return {
    type: text('type'),
    title: text('title'),
    status: typeof body.status === 'number' ? body.status : undefined,
    detail: text('detail'),
    code: text('code'),
    errors,
  };
}

/**
 * The property a field error is about, from the forms the server may use: "username",
 * "/username", "body/username", "body.username", "/roles/0".
 */
export function fieldName(field: string): string {
  const parts = field
    .replace(/^body[./]/, '')
    .split(/[./]/)
    .filter((part) => part !== '' && !/^\d+$/.test(part));
  return parts[0] ?? '';
}
