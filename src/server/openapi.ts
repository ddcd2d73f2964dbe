import { z } from 'zod';
import { PROBLEM_TYPE } from './problem.js';
import { ProblemSchema, ROUTES, SCHEMA_NAMES, type RouteSpec } from './schemas.js';

/**
 * The OpenAPI 3.1 document, generated from the zod schemas that validate the requests (schemas.ts),
 * with a small zod → JSON Schema (2020-12) converter for the zod types the API uses.
 */

export type JsonSchema = Record<string, unknown>;

/** Converts a zod schema. Named schemas (SCHEMA_NAMES) become `$ref`s and are collected into `components`. */
export class SchemaConverter {
  readonly components: Record<string, JsonSchema> = {};

  convert(s: z.ZodTypeAny, opts: { inline?: boolean } = {}): JsonSchema {
    const name = SCHEMA_NAMES.get(s);
    if (name && !opts.inline) {
      if (!(name in this.components)) {
        this.components[name] = {}; // placeholder first: stops recursion on self-reference
        this.components[name] = this.convert(s, { inline: true });
      }
      return { $ref: `#/components/schemas/${name}` };
    }
    const out = this.convertType(s);
    const description = s.description;
    if (description && !out.description && !out.$ref) out.description = description;
    return out;
  }

  private convertType(s: z.ZodTypeAny): JsonSchema {
    const def = s._def as { typeName: z.ZodFirstPartyTypeKind } & Record<string, unknown>;
    const K = z.ZodFirstPartyTypeKind;
    switch (def.typeName) {
      case K.ZodString: {
        const out: JsonSchema = { type: 'string' };
        for (const c of (s as z.ZodString)._def.checks) {
          if (c.kind === 'min') out.minLength = c.value;
          else if (c.kind === 'max') out.maxLength = c.value;
          else if (c.kind === 'length') { out.minLength = c.value; out.maxLength = c.value; }
          else if (c.kind === 'regex') out.pattern = c.regex.source;
          else if (c.kind === 'date') out.format = 'date';
          else if (c.kind === 'datetime') out.format = 'date-time';
          else if (c.kind === 'url') out.format = 'uri';
          else if (c.kind === 'email') out.format = 'email';
          else if (c.kind === 'uuid') out.format = 'uuid';
        }
        return out;
      }
      case K.ZodNumber: {
        const checks = (s as z.ZodNumber)._def.checks;
        const out: JsonSchema = { type: checks.some((c) => c.kind === 'int') ? 'integer' : 'number' };
        for (const c of checks) {
          if (c.kind === 'min') out[c.inclusive ? 'minimum' : 'exclusiveMinimum'] = c.value;
          else if (c.kind === 'max') out[c.inclusive ? 'maximum' : 'exclusiveMaximum'] = c.value;
        }
        return out;
      }
      case K.ZodBoolean: return { type: 'boolean' };
      case K.ZodNull: return { type: 'null' };
      case K.ZodAny: case K.ZodUnknown: return {};
      case K.ZodLiteral: {
        const v = (s as z.ZodLiteral<unknown>)._def.value;
        return { const: v, type: v === null ? 'null' : typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'number') : typeof v };
      }
      case K.ZodEnum: return { type: 'string', enum: [...(s as z.ZodEnum<[string, ...string[]]>)._def.values] };
      case K.ZodArray: {
        const d = (s as z.ZodArray<z.ZodTypeAny>)._def;
        const out: JsonSchema = { type: 'array', items: this.convert(d.type) };
        if (d.minLength) out.minItems = d.minLength.value;
        if (d.maxLength) out.maxItems = d.maxLength.value;
        if (d.exactLength) { out.minItems = d.exactLength.value; out.maxItems = d.exactLength.value; }
        return out;
      }
      case K.ZodObject: {
        const o = s as z.AnyZodObject;
        const properties: Record<string, JsonSchema> = {};
        const required: string[] = [];
        for (const [k, v] of Object.entries(o.shape as Record<string, z.ZodTypeAny>)) {
          properties[k] = this.convert(v);
          if (!v.isOptional()) required.push(k);
        }
        const out: JsonSchema = { type: 'object', properties };
        if (required.length) out.required = required;
        if (o._def.unknownKeys === 'strict') out.additionalProperties = false;
        else if (o._def.unknownKeys === 'passthrough') out.additionalProperties = {};
        else if (!(o._def.catchall instanceof z.ZodNever)) out.additionalProperties = this.convert(o._def.catchall);
        return out;
      }
      case K.ZodRecord: return { type: 'object', additionalProperties: this.convert((s as z.ZodRecord)._def.valueType) };
      case K.ZodUnion: case K.ZodDiscriminatedUnion: {
        const options = [...((s._def as { options: z.ZodTypeAny[] | Map<unknown, z.ZodTypeAny> }).options.values())];
        const all = options.map((x) => this.convert(x));
        // A union of literals reads better as an enum.
        if (all.every((x) => 'const' in x && x.type === all[0].type)) return { type: all[0].type, enum: all.map((x) => x.const) };
        return { anyOf: all };
      }
      case K.ZodIntersection: {
        const d = (s as z.ZodIntersection<z.ZodTypeAny, z.ZodTypeAny>)._def;
        return { allOf: [this.convert(d.left), this.convert(d.right)] };
      }
      case K.ZodOptional: return this.convert((s as z.ZodOptional<z.ZodTypeAny>)._def.innerType);
      case K.ZodNullable: {
        const inner = this.convert((s as z.ZodNullable<z.ZodTypeAny>)._def.innerType);
        if (typeof inner.type === 'string' && !inner.$ref && !('const' in inner)) {
          const out: JsonSchema = { ...inner, type: [inner.type, 'null'] };
          if (Array.isArray(inner.enum)) out.enum = [...inner.enum, null];
          return out;
        }
        return { anyOf: [inner, { type: 'null' }] };
      }
      case K.ZodDefault: {
        const d = (s as z.ZodDefault<z.ZodTypeAny>)._def;
        return { ...this.convert(d.innerType), default: d.defaultValue() };
      }
      // Refinements, transforms and preprocessing: document the schema the value must satisfy.
      case K.ZodEffects: return this.convert((s as z.ZodEffects<z.ZodTypeAny>)._def.schema);
      case K.ZodPipeline: return this.convert((s as z.ZodPipeline<z.ZodTypeAny, z.ZodTypeAny>)._def.out);
      case K.ZodCatch: case K.ZodReadonly: case K.ZodBranded:
        return this.convert((s._def as { innerType?: z.ZodTypeAny; type?: z.ZodTypeAny }).innerType ?? (s._def as { type: z.ZodTypeAny }).type);
      case K.ZodLazy: return this.convert((s as z.ZodLazy<z.ZodTypeAny>)._def.getter());
      default:
        throw new Error(`openapi: no JSON Schema conversion for ${String(def.typeName)}`);
    }
  }
}

/** The object shape under refinements (query schemas are objects refined for since ≤ until). */
export function objectShape(s: z.ZodTypeAny): Record<string, z.ZodTypeAny> {
  let cur: z.ZodTypeAny = s;
  while (cur instanceof z.ZodEffects) cur = cur._def.schema;
  if (!(cur instanceof z.ZodObject)) throw new Error('openapi: parameters must be described by an object schema');
  return cur.shape as Record<string, z.ZodTypeAny>;
}

export const openApiPath = (honoPath: string): string => honoPath.replace(/:([A-Za-z_]\w*)/g, '{$1}');

const problemRef = { $ref: '#/components/responses/Problem' };

export function buildOpenApi(opts: { version?: string; serverUrl?: string } = {}): Record<string, unknown> {
  const conv = new SchemaConverter();
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [operationId, r] of Object.entries(ROUTES) as [string, RouteSpec][]) {
    const parameters: Record<string, unknown>[] = [];
    for (const [where, schema] of [['path', r.params], ['query', r.query]] as const) {
      if (!schema) continue;
      for (const [name, s] of Object.entries(objectShape(schema))) {
        const js = conv.convert(s);
        const { description, ...rest } = js;
        parameters.push({ name, in: where, required: where === 'path' || !s.isOptional(), ...(description ? { description } : {}), schema: rest });
      }
    }
    const responses: Record<string, unknown> = {};
    for (const [status, resp] of Object.entries(r.responses)) {
      if (Number(status) >= 400) { responses[status] = { ...problemRef, description: resp.description }; continue; }
      const media = operationId === 'openapi' ? { 'application/json': { schema: { type: 'object' } } } : resp.schema ? { 'application/json': { schema: conv.convert(resp.schema) } } : undefined;
      responses[status] = { description: resp.description, ...(media ? { content: media } : {}) };
    }
    if (parameters.length) responses['400'] ??= { ...problemRef, description: 'a parameter is invalid (the problem names it)' };
    responses['401'] ??= { ...problemRef, description: r.write ? 'SITREP_TOKEN is set and the bearer token is missing or wrong' : 'the server runs --private and the bearer token is missing or wrong' };
    responses.default = { ...problemRef, description: 'any other error' };
    const op: Record<string, unknown> = { operationId, summary: r.summary };
    if (r.description) op.description = r.description;
    if (parameters.length) op.parameters = parameters;
    if (r.body) {
      op.requestBody = {
        required: true,
        content: Object.fromEntries(Object.entries(r.body).map(([type, s]) => [type, { schema: s ? conv.convert(s) : { type: 'string' } }])),
      };
    }
    op.responses = responses;
    op.security = [{}, { bearer: [] }];
    if (r.write) op.security = [{ bearer: [] }, {}];
    (paths[openApiPath(r.path)] ??= {})[r.method] = op;
  }
  conv.convert(ProblemSchema);
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    info: {
      title: 'sitrep API',
      version: opts.version ?? '0.1.0',
      description: 'Conflict reporting as a verified situation picture: documents, claims fused across reports with a derived status, events, places, search and briefings. '
        + 'Lists are paged with opaque cursors (`limit` 1–500, default 50; pass `next_cursor` back as `cursor`). Errors are RFC 9457 problem details. '
        + 'When the server has SITREP_TOKEN set, writes need `Authorization: Bearer <token>`; with --private, reads do too.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    ...(opts.serverUrl ? { servers: [{ url: opts.serverUrl }] } : {}),
    paths,
    components: {
      schemas: conv.components,
      responses: {
        Problem: { description: 'problem details', content: { [PROBLEM_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } } },
      },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'the value of SITREP_TOKEN on the server' } },
    },
  };
}
