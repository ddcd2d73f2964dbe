import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ZodError, ZodIssue } from 'zod';

/**
 * RFC 9457 problem details. Every error the API reports is an ApiProblem; `problemResponse` is the one
 * place that turns anything thrown into `application/problem+json`.
 */

export const PROBLEM_TYPE = 'application/problem+json';

/** One thing wrong with the request: which parameter (query, path, header) or body member, and why. */
export interface ProblemError {
  in: 'query' | 'path' | 'header' | 'body';
  /** Query/path parameter or header name; for the body, a JSON Pointer (RFC 6901) to the member. */
  name: string;
  detail: string;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  errors?: ProblemError[];
  [extension: string]: unknown;
}

/** Problem kinds: slug → (status, title). The slug is part of the type URI, so clients can switch on it. */
export const PROBLEMS = {
  'invalid-parameter': { status: 400, title: 'Invalid request parameter' },
  'invalid-body': { status: 400, title: 'Malformed request body' },
  unauthorized: { status: 401, title: 'Authentication required' },
  'not-found': { status: 404, title: 'Not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  'payload-too-large': { status: 413, title: 'Request body too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
  unprocessable: { status: 422, title: 'Content could not be ingested' },
  internal: { status: 500, title: 'Internal server error' },
} as const;

export type ProblemKind = keyof typeof PROBLEMS;

export const problemType = (kind: ProblemKind): string => `urn:sitrep:problem:${kind}`;

export class ApiProblem extends Error {
  readonly kind: ProblemKind;
  readonly status: number;
  readonly errors?: ProblemError[];
  readonly headers: Record<string, string>;
  readonly extensions: Record<string, unknown>;

  constructor(kind: ProblemKind, detail: string, opts: { errors?: ProblemError[]; headers?: Record<string, string>; extensions?: Record<string, unknown> } = {}) {
    super(detail);
    this.name = 'ApiProblem';
    this.kind = kind;
    this.status = PROBLEMS[kind].status;
    this.errors = opts.errors;
    this.headers = opts.headers ?? {};
    this.extensions = opts.extensions ?? {};
  }

  /** A bad query or path parameter; the detail names every offending parameter. */
  static params(errors: ProblemError[]): ApiProblem {
    const names = [...new Set(errors.map((e) => e.name))];
    const detail = errors.map((e) => `${e.name}: ${e.detail}`).join('; ');
    return new ApiProblem('invalid-parameter', `invalid ${names.length > 1 ? 'parameters' : 'parameter'} ${names.join(', ')} — ${detail}`, { errors });
  }

  static param(name: string, detail: string, where: ProblemError['in'] = 'query'): ApiProblem {
    return ApiProblem.params([{ in: where, name, detail }]);
  }

  static notFound(what: string): ApiProblem {
    return new ApiProblem('not-found', what);
  }
}

const pointer = (path: (string | number)[]) => `/${path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;

/** Zod issues as problem errors: query issues name the parameter, body issues point into the JSON. */
export function zodErrors(err: ZodError, where: ProblemError['in']): ProblemError[] {
  return err.issues.map((i: ZodIssue) => ({
    in: where,
    name: where === 'body' ? (i.path.length ? pointer(i.path) : '') : String(i.path[0] ?? '(query)'),
    detail: i.message,
  }));
}

export function problemBody(p: ApiProblem, instance: string): ProblemBody {
  const body: ProblemBody = { ...p.extensions, type: problemType(p.kind), title: PROBLEMS[p.kind].title, status: p.status, detail: p.message, instance };
  if (p.errors?.length) body.errors = p.errors;
  return body;
}

/** Anything thrown → a problem response. Unknown errors are logged and reported without internals. */
export function problemResponse(c: Context, err: unknown, log: (msg: string) => void = (m) => console.error(m)): Response {
  let p: ApiProblem;
  if (err instanceof ApiProblem) p = err;
  else if (err instanceof HTTPException) {
    const kind = (Object.keys(PROBLEMS) as ProblemKind[]).find((k) => PROBLEMS[k].status === err.status);
    p = kind ? new ApiProblem(kind, err.message || PROBLEMS[kind].title) : new ApiProblem('internal', err.message || 'request failed');
  } else {
    log(`sitrep serve: ${c.req.method} ${c.req.path}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    p = new ApiProblem('internal', 'the server could not complete the request; the error has been logged');
  }
  const body = problemBody(p, new URL(c.req.url).pathname);
  return new Response(JSON.stringify(body), { status: p.status, headers: { 'Content-Type': PROBLEM_TYPE, ...p.headers } });
}
