import fc from 'fast-check';

/** The parts of JSON Schema (as the vault's OpenAPI document uses them) a value is generated from. */
export interface JsonSchema {
  $ref?: string;
  const?: unknown;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  type?: string | string[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  default?: unknown;
}

/** Any JSON at all, kept small: what a confused or hostile client sends instead. */
export const junkJson: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 2 });

/** Printable ASCII plus the characters that break naive code (quotes, %, separators, dots). */
export const nastyString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '%',
    '%zz',
    '..',
    '../..',
    '__proto__',
    'constructor',
    'null',
    '-1',
    '1e999',
    "'; DROP TABLE records; --",
    '<script>alert(1)</script>',
    '\u0000',
    '\uD800',
    '☃',
    'a'.repeat(5000),
  ),
);

function resolve(schema: JsonSchema, root: unknown): JsonSchema {
  let current: JsonSchema = schema;
  for (let hops = 0; current.$ref && hops < 10; hops += 1) {
    const ref = current.$ref;
    if (!ref.startsWith('#/')) return {};
    let target: unknown = root;
    for (const part of ref.slice(2).split('/'))
      target = (target as Record<string, unknown> | undefined)?.[
        part.replace(/~1/g, '/').replace(/~0/g, '~')
      ];
    current = (target ?? {}) as JsonSchema;
  }
  return current;
}

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  const maxLength = Math.min(schema.maxLength ?? 40, 60);
  const minLength = Math.min(schema.minLength ?? 0, maxLength);
  if (schema.format === 'date-time')
    return fc
      .date({ min: new Date('1990-01-01'), max: new Date('2035-01-01'), noInvalidDate: true })
      .map((date) => date.toISOString());
  if (schema.format === 'date')
    return fc
      .date({ min: new Date('1990-01-01'), max: new Date('2035-01-01'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10));
  if (schema.format === 'uri' || schema.format === 'url') return fc.webUrl();
  if (schema.format === 'email') return fc.emailAddress();
  if (schema.pattern) {
    try {
      return fc.stringMatching(new RegExp(schema.pattern)).filter((value) => value.length <= 300);
    } catch {
      // A pattern JavaScript cannot compile: plain strings then.
    }
  }
  return fc.string({ minLength, maxLength });
}

/**
 * Values that satisfy `schema` as far as this generator understands it (refs, enums, unions,
 * objects, arrays, formats, patterns, bounds); lists and strings are kept short.
 */
export function schemaArbitrary(
  schema: JsonSchema | undefined,
  root: unknown,
  depth = 0,
): fc.Arbitrary<unknown> {
  if (!schema || depth > 8) return junkJson;
  const s = resolve(schema, root);
  if ('const' in s) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const union = s.anyOf ?? s.oneOf;
  if (union?.length)
    return fc.oneof(...union.map((option) => schemaArbitrary(option, root, depth + 1)));
  if (s.allOf?.length) return schemaArbitrary(s.allOf[0], root, depth + 1);
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : s.properties ? ['object'] : [];
  if (types.length > 1)
    return fc.oneof(...types.map((type) => schemaArbitrary({ ...s, type }, root, depth + 1)));
  switch (types[0]) {
    case 'string':
      return stringArbitrary(s);
    case 'integer':
      return fc.integer({
        min: Math.max(s.minimum ?? -1_000_000, -1_000_000_000),
        max: Math.min(s.maximum ?? 1_000_000, 1_000_000_000),
      });
    case 'number': {
      const min = s.minimum ?? -1e6;
      const max = s.maximum ?? 1e6;
      // Round numbers too: refinements (coarse coordinates, prices) often want few decimals.
      return fc.oneof(
        fc.integer({ min: Math.ceil(min), max: Math.floor(max) }),
        fc.double({ min, max, noNaN: true, noDefaultInfinity: true }),
      );
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const maxLength = Math.min(s.maxItems ?? 4, 4);
      return fc.array(schemaArbitrary(s.items, root, depth + 1), {
        minLength: Math.min(s.minItems ?? 0, maxLength),
        maxLength,
      });
    }
    case 'object': {
      const properties = s.properties ?? {};
      const required = (s.required ?? []).filter((key) => key in properties);
      return fc.record(
        Object.fromEntries(
          Object.entries(properties).map(([key, value]) => [
            key,
            schemaArbitrary(value, root, depth + 1),
          ]),
        ),
        { requiredKeys: required },
      );
    }
    default:
      return junkJson;
  }
}
