import { ProblemError, toProblemDetails } from './problem';

/**
 * The CSRF token of the current session. Every SessionState the server returns carries the
 * latest one; state-changing requests send it back in a header.
 */
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  /** JSON to send, or a form with a file (sent as multipart/form-data). */
  body?: unknown;
  /** Leave out the CSRF header (only for starting a session). */
  withoutCsrf?: boolean;
  signal?: AbortSignal;
}

/** Calls the Koers API and returns the JSON answer; failures become a ProblemError. */
export async function apiRequest<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const headers = new Headers({ Accept: 'application/json, application/problem+json' });
  const isForm = options.body instanceof FormData;
  if (options.body !== undefined && !isForm) headers.set('Content-Type', 'application/json');
  if (method !== 'GET' && !options.withoutCsrf && csrfToken !== null) headers.set('X-CSRF-Token', csrfToken);

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: options.body === undefined ? null : options.body instanceof FormData ? options.body : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ProblemError(0, {});
  }

  if (response.ok) {
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }
  throw await problemFrom(response);
}

async function problemFrom(response: Response): Promise<ProblemError> {
  const contentType = response.headers.get('Content-Type') ?? '';
  const body: unknown = contentType.includes('json') ? await response.json().catch(() => null) : null;
  const retryAfter = Number(response.headers.get('Retry-After'));
  return new ProblemError(
    response.status,
    toProblemDetails(body),
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
  );
}

/** A query string from the given parameters, leaving out empty ones. */
export function queryString(parameters: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(parameters)) {
    if (value !== undefined && value !== '') search.set(key, value);
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}
