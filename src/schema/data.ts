/**
 * Walking plain data (what YAML turns a document into) by path, for the schema stage.
 * @module
 */
import type { NodePath } from '../locate/locator.js';
import { EXTENSION_PREFIX } from './common.js';

export function valueAt(data: unknown, p: NodePath): unknown {
  let v = data;
  for (const seg of p) {
    if (Array.isArray(v) && typeof seg === 'number') v = v[seg];
    else if (isPlainObject(v)) v = Object.hasOwn(v, String(seg)) ? v[String(seg)] : undefined;
    else return undefined;
  }
  return v;
}

/**
 * A deep copy without `x-` extension keys: they are the user's, never checked. Mappings
 * are copied into null-prototype objects, so that a key named `__proto__` stays a key
 * (an unknown one) rather than becoming the object's prototype.
 */
export function stripExtensions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripExtensions);
  if (isPlainObject(value)) {
    const out = Object.create(null) as Record<string, unknown>;
    for (const [k, v] of Object.entries(value)) if (!k.startsWith(EXTENSION_PREFIX)) out[k] = stripExtensions(v);
    return out;
  }
  return value;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Map) && !(value instanceof Set);
}

export function hasKey(value: unknown, key: string): boolean {
  return isPlainObject(value) && Object.prototype.hasOwnProperty.call(value, key);
}

