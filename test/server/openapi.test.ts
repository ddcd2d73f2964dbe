import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import type { Hono } from 'hono';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { ingestPaths } from '../../src/ingest/run.js';
import { DEMO_CORPUS } from '../../src/cli/demo.js';
import { createApp } from '../../src/server/app.js';
import { SchemaConverter } from '../../src/server/openapi.js';
import { FUSED_STATUSES, ROUTES } from '../../src/server/schemas.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

let dir: string;
let store: SqliteStore;
let app: Hono;
let doc: Json;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-api-openapi-'));
  store = new SqliteStore(join(dir, 'o.db'));
  await ingestPaths(store, [DEMO_CORPUS]);
  app = createApp(store, { log: () => undefined });
  const res = await app.request('/api/openapi.json');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  doc = JSON.parse(await res.text());
});
afterAll(() => { store.close(); rmSync(dir, { recursive: true, force: true }); });

/**
 * A small JSON Schema checker for what openapi.ts emits. `strict` treats objects without
 * additionalProperties as closed, so a key the API sends but the document does not describe fails.
 */
function validate(value: unknown, schema: Json, path = '$', strict = true): string[] {
  if (schema.$ref) {
    const target = (schema.$ref as string).replace(/^#\//, '').split('/').reduce((o: Json, k: string) => o?.[k], doc);
    if (!target) return [`${path}: unresolved ${schema.$ref}`];
    return validate(value, target, path, strict);
  }
  if (schema.anyOf) {
    const tries = (schema.anyOf as Json[]).map((s) => validate(value, s, path, strict));
    return tries.some((t) => !t.length) ? [] : [`${path}: matches no alternative (${tries.map((t) => t[0]).join(' | ')})`];
  }
  const errs: string[] = [];
  if ('const' in schema && value !== schema.const) errs.push(`${path}: expected ${JSON.stringify(schema.const)}`);
  if (schema.enum && !schema.enum.includes(value)) errs.push(`${path}: ${JSON.stringify(value)} not in enum`);
  if (schema.type) {
    const types: string[] = Array.isArray(schema.type) ? schema.type : [schema.type];
    const is = (t: string) => (t === 'null' ? value === null : t === 'integer' ? Number.isInteger(value) : t === 'array' ? Array.isArray(value)
      : t === 'object' ? !!value && typeof value === 'object' && !Array.isArray(value) : typeof value === t);
    if (!types.some(is)) return [`${path}: ${JSON.stringify(value)?.slice(0, 60)} is not ${types.join('|')}`];
  }
  if (Array.isArray(value) && schema.items) value.forEach((v, i) => errs.push(...validate(v, schema.items, `${path}[${i}]`, strict)));
  if (value && typeof value === 'object' && !Array.isArray(value) && (schema.properties || schema.type === 'object' || (Array.isArray(schema.type) && schema.type.includes('object')))) {
    const o = value as Record<string, unknown>;
    for (const k of schema.required ?? []) if (!(k in o)) errs.push(`${path}: missing ${k}`);
    for (const [k, v] of Object.entries(o)) {
      if (schema.properties?.[k]) errs.push(...validate(v, schema.properties[k], `${path}.${k}`, strict));
      else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') errs.push(...validate(v, schema.additionalProperties, `${path}.${k}`, strict));
      else if (schema.additionalProperties === false || (strict && schema.additionalProperties === undefined)) errs.push(`${path}: undocumented key ${k}`);
    }
  }
  if (typeof value === 'string') {
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) errs.push(`${path}: does not match ${schema.pattern}`);
    if (schema.format === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) errs.push(`${path}: not a date`);
  }
  return errs;
}

const responseSchema = (path: string, method: string, status: number): Json => {
  const r = doc.paths[path][method].responses[String(status)];
  return r.$ref ? doc.components.responses.Problem.content['application/problem+json'].schema : r.content['application/json'].schema;
};

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 JSON with a path for every API route the app serves, and nothing else', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toBe('sitrep API');
    // The dashboard's files (/, /assets, /geo) are not API operations.
    const served = new Set(app.routes.filter((r) => (r.method === 'GET' || r.method === 'POST') && r.path.startsWith('/api/')).map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`));
    const documented = new Set(Object.entries(doc.paths as Record<string, Json>).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`)));
    expect([...documented].sort()).toEqual([...served].sort());
    expect(documented.size).toBe(Object.keys(ROUTES).length);
    for (const p of ['/api/documents', '/api/documents/{id}', '/api/claims', '/api/claims/{id}', '/api/claims/{id}/explain', '/api/events', '/api/events/{id}',
      '/api/events/points', '/api/places', '/api/search', '/api/brief', '/api/openapi.json']) expect(doc.paths[p]?.get, p).toBeDefined();
    expect(doc.paths['/api/documents'].post.requestBody.content['application/json']).toBeDefined();
  });

  it('every $ref resolves, every path parameter is declared, operation ids are unique', () => {
    const refs: string[] = [];
    const visit = (v: unknown) => { if (Array.isArray(v)) v.forEach(visit); else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { if (k === '$ref') refs.push(x as string); else visit(x); } };
    visit(doc);
    expect(refs.length).toBeGreaterThan(20);
    for (const r of refs) expect(r.replace(/^#\//, '').split('/').reduce((o: Json, k: string) => o?.[k], doc), r).toBeDefined();
    const ids: string[] = [];
    for (const [p, ops] of Object.entries(doc.paths as Record<string, Record<string, Json>>)) {
      for (const op of Object.values(ops)) {
        ids.push(op.operationId);
        for (const name of [...p.matchAll(/\{(\w+)\}/g)].map((m) => m[1])) expect(op.parameters.find((x: Json) => x.name === name && x.in === 'path' && x.required)).toBeDefined();
        expect(op.responses.default).toBeDefined();
      }
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('parameters come from the validation schemas', () => {
    const params = Object.fromEntries(doc.paths['/api/claims'].get.parameters.map((p: Json) => [p.name, p]));
    expect(Object.keys(params).sort()).toEqual(['as_of', 'claimant', 'cursor', 'limit', 'region', 'side', 'since', 'status', 'until', 'view']);
    expect(params.status.schema).toEqual({ type: 'string', enum: [...FUSED_STATUSES] });
    expect(params.limit.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 500, default: 50 });
    expect(params.limit.required).toBe(false);
    expect(params.as_of.schema).toMatchObject({ type: 'string', format: 'date' });
    const search = Object.fromEntries(doc.paths['/api/search'].get.parameters.map((p: Json) => [p.name, p]));
    expect(search.q.required).toBe(true);
    const events = Object.fromEntries(doc.paths['/api/events'].get.parameters.map((p: Json) => [p.name, p]));
    expect(events.country.schema.pattern).toBe('^[A-Za-z]{2}$');
  });

  it('what the API sends matches what the document says, key for key', async () => {
    const check = async (url: string, path: string, status = 200, method = 'get') => {
      const res = await app.request(url);
      expect(res.status, url).toBe(status);
      const body = await res.json();
      expect(validate(body, responseSchema(path, method, status)), url).toEqual([]);
      return body;
    };
    const docs = await check('/api/documents?limit=500', '/api/documents');
    await check(`/api/documents/${docs.items[0].id}`, '/api/documents/{id}');
    const claims = await check('/api/claims?limit=500', '/api/claims');
    await check('/api/claims?as_of=2025-06-09&limit=500', '/api/claims');
    await check('/api/claims?view=summary&limit=500', '/api/claims');
    await check('/api/events?view=summary&limit=500', '/api/events');
    await check(`/api/claims/${claims.items[0].id}`, '/api/claims/{id}');
    await check(`/api/claims/${claims.items[0].id}/explain`, '/api/claims/{id}/explain');
    const events = await check('/api/events?limit=500', '/api/events');
    for (const e of events.items.slice(0, 5)) await check(`/api/events/${e.id}`, '/api/events/{id}');
    await check('/api/events/points', '/api/events/points');
    await check(`/api/documents/${docs.items[0].id}/fused`, '/api/documents/{id}/fused');
    await check('/api/events/points?type=strike&since=2025-06-08', '/api/events/points');
    await check('/api/places?limit=500', '/api/places');
    await check('/api/search?q=drone', '/api/search');
    await check('/api/brief', '/api/brief');
    await check('/api/claims?limit=0', '/api/claims', 400);
    await check('/api/events/ev-000000000000', '/api/events/{id}', 404);
    // The checker itself catches an undocumented key.
    expect(validate({ items: [], next_cursor: null, extra: 1 }, responseSchema('/api/claims', 'get', 200))).toEqual(['$: undocumented key extra']);
  });
});

describe('zod → JSON Schema', () => {
  const conv = new SchemaConverter();
  it.each([
    [z.string().min(2).max(5).regex(/^a/), { type: 'string', minLength: 2, maxLength: 5, pattern: '^a' }],
    [z.string().date(), { type: 'string', format: 'date' }],
    [z.string().url(), { type: 'string', format: 'uri' }],
    [z.number().int().min(1).max(9), { type: 'integer', minimum: 1, maximum: 9 }],
    [z.number().gt(0), { type: 'number', exclusiveMinimum: 0 }],
    [z.string().nullable(), { type: ['string', 'null'] }],
    [z.enum(['a', 'b']).nullable(), { type: ['string', 'null'], enum: ['a', 'b', null] }],
    [z.object({ a: z.string() }).nullable(), { type: ['object', 'null'], properties: { a: { type: 'string' } }, required: ['a'] }],
    [z.union([z.literal(1), z.literal(2)]), { type: 'integer', enum: [1, 2] }],
    [z.literal('x'), { const: 'x', type: 'string' }],
    [z.union([z.string(), z.number()]), { anyOf: [{ type: 'string' }, { type: 'number' }] }],
    [z.array(z.boolean()).min(1).max(3), { type: 'array', items: { type: 'boolean' }, minItems: 1, maxItems: 3 }],
    [z.object({ a: z.string().optional(), b: z.number().default(3), c: z.null() }), { type: 'object', properties: { a: { type: 'string' }, b: { type: 'number', default: 3 }, c: { type: 'null' } }, required: ['c'] }],
    [z.object({}).strict(), { type: 'object', properties: {}, additionalProperties: false }],
    [z.object({}).passthrough(), { type: 'object', properties: {}, additionalProperties: {} }],
    [z.record(z.number()), { type: 'object', additionalProperties: { type: 'number' } }],
    [z.string().transform((s) => s.length), { type: 'string' }],
    [z.preprocess(Number, z.number().int()), { type: 'integer' }],
    [z.string().pipe(z.coerce.number().min(0)), { type: 'number', minimum: 0 }],
    [z.string().describe('a note'), { type: 'string', description: 'a note' }],
  ] as [z.ZodTypeAny, Json][])('%#', (schema, expected) => {
    expect(conv.convert(schema)).toEqual(expected);
  });

  it('refuses types it does not know instead of guessing', () => {
    expect(() => conv.convert(z.bigint())).toThrow(/ZodBigInt/);
  });
});
