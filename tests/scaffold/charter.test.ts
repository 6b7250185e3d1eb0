import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { fcParams } from '../helpers/fast-check.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { newCharterText } from '../../src/scaffold/charter.js';
import { schemaPathFrom } from '../../src/scaffold/modeline.js';
import { validateCharter } from '../../src/schema/validate.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const validate = new Ajv2020({ allErrors: true }).compile(JSON.parse(readFileSync(path.join(ROOT, 'schemas/charter.schema.json'), 'utf8')) as object);

const base = { id: 'renewals', department: 'client-outcomes', reviewed: '2026-11-27', schemaPath: '../schemas/charter.schema.json' };

describe('newCharterText', () => {
  it('says of its metric that it is not financial, rather than leave it to the metric name', () => {
    const data = parse(newCharterText(base)) as { operatingMetrics: { financial?: boolean }[] };
    expect(data.operatingMetrics.map((m) => m.financial)).toEqual([false]);
  });

  it('is a valid charter for the loader (zod) and for the JSON Schema', () => {
    const data: unknown = parse(newCharterText(base));
    expect(validateCharter(data, 'renewals').issues).toEqual([]);
    expect(validate(data)).toBe(true);
  });

  it('reads back any name, owner and mission exactly', () => {
    const value = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }).filter((s) => s.trim() === s && s !== '');
    fc.assert(
      fc.property(value, value, value, (name, owner, mission) => {
        const data = parse(newCharterText({ ...base, name, owner, mission })) as Record<string, unknown>;
        expect([data['name'], data['owner'], data['mission']]).toEqual([name, owner, mission]);
        expect(validateCharter(data, 'renewals').issues).toEqual([]);
      }),
      fcParams(300),
    );
  });

  it.each([': # " &', 'yes', 'null', '123', '- a list?', '@at', '*alias', '!tag', '%directive', '{flow}', "it's", 'line one\nline two', ' padded '])(
    'reads back %j',
    (name) => {
      expect((parse(newCharterText({ ...base, name })) as Record<string, unknown>)['name']).toBe(name);
    },
  );
});

describe('schemaPathFrom', () => {
  it('reaches the shipped schema from the repository\'s own charters directory', () => {
    expect(schemaPathFrom(path.join(ROOT, 'charters'))).toBe('../schemas/charter.schema.json');
  });

  it('is relative with forward slashes from anywhere on the same drive', () => {
    expect(schemaPathFrom('/home/me/org/charters', '/home/me/org/node_modules/charter/schemas/charter.schema.json')).toBe(
      '../node_modules/charter/schemas/charter.schema.json',
    );
  });
});
