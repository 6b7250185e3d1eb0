/**
 * Looking into the zod schemas: which keys an object accepts, whether a key is optional,
 * whether a value is free text. Used to word schema messages.
 * @module
 */
import type { z } from 'zod';

type AnyDef = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; in?: z.ZodType; getter?: () => z.ZodType };

/** The keys an object schema accepts at path `p` (for "did you mean"). */
export function knownKeys(schema: z.ZodType, p: readonly (string | number)[]): string[] {
  const s = schemaAt(schema, p);
  if ((s as unknown as { _zod?: { def: AnyDef } } | undefined)?._zod?.def.type !== 'object') return [];
  return Object.keys((s as unknown as { shape: Record<string, z.ZodType> }).shape);
}

/** The schema of the value at path `p`, unwrapped (optional, default...), or undefined. */
function schemaAt(schema: z.ZodType, p: readonly (string | number)[]): z.ZodType | undefined {
  let s: z.ZodType | undefined = schema;
  for (const seg of p) {
    s = unwrap(s);
    const def = (s as unknown as { _zod: { def: AnyDef } } | undefined)?._zod.def;
    if (def === undefined) return undefined;
    if (def.type === 'object' && typeof seg === 'string') s = ownField((s as unknown as { shape: Record<string, z.ZodType> }).shape, seg);
    else if (def.type === 'array' && typeof seg === 'number') s = def.element;
    else return undefined;
  }
  return unwrap(s);
}

/** Whether the schema at path `p` is free text (a string with no pattern, unlike an id). */
export function isFreeText(schema: z.ZodType, p: readonly (string | number)[]): boolean {
  const def = (schemaAt(schema, p) as unknown as { _zod?: { def: AnyDef & { checks?: { _zod: { def: { check: string } } }[] } } } | undefined)?._zod?.def;
  return def?.type === 'string' && !(def.checks ?? []).some((c) => c._zod.def.check === 'string_format');
}

/** The schema of key `key` of an object schema: its own fields only (never `constructor` or `toString` of every object). */
function ownField(shape: Record<string, z.ZodType>, key: string): z.ZodType | undefined {
  return Object.hasOwn(shape, key) ? shape[key] : undefined;
}

function unwrap(s: z.ZodType | undefined): z.ZodType | undefined {
  let cur = s;
  for (let i = 0; i < 10 && cur !== undefined; i++) {
    const def: AnyDef = (cur as unknown as { _zod: { def: AnyDef } })._zod.def;
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') cur = def.innerType;
    else if (def.type === 'pipe') cur = def.in;
    else if (def.type === 'lazy' && def.getter) cur = def.getter();
    else break;
  }
  return cur;
}

/** Whether the key at `p` (its last segment) is optional in the schema of its parent object. */
export function isOptionalKey(schema: z.ZodType, p: readonly (string | number)[]): boolean {
  const key = p[p.length - 1];
  if (typeof key !== 'string') return false;
  let s: z.ZodType | undefined = schema;
  for (const seg of p.slice(0, -1)) {
    s = unwrap(s);
    const def = (s as unknown as { _zod: { def: AnyDef } } | undefined)?._zod.def;
    if (def?.type === 'object' && typeof seg === 'string') s = ownField((s as unknown as { shape: Record<string, z.ZodType> }).shape, seg);
    else if (def?.type === 'array' && typeof seg === 'number') s = def.element;
    else return false;
  }
  s = unwrap(s);
  const shape = (s as unknown as { shape?: Record<string, z.ZodType> } | undefined)?.shape;
  const field = shape === undefined ? undefined : ownField(shape, key);
  return (field as unknown as { _zod?: { def: AnyDef } } | undefined)?._zod?.def.type === 'optional';
}
