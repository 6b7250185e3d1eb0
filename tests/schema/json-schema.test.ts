import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles } from '../../src/cli/commands/schema.js';
import { schemaFileText, type JsonSchema } from '../../src/schema/json-schema.js';
import { fileStem, validateCharter, validateOrg } from '../../src/schema/validate.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCHEMAS = path.join(ROOT, 'schemas');

const generated = new Map(jsonSchemaFiles().map((f) => [f.fileName, f.schema]));
const ajv = new Ajv2020({ allErrors: true });
const validators: Record<'charter' | 'org', ValidateFunction> = {
  charter: ajv.compile(JSON.parse(readFileSync(path.join(SCHEMAS, 'charter.schema.json'), 'utf8')) as JsonSchema),
  org: ajv.compile(JSON.parse(readFileSync(path.join(SCHEMAS, 'org.schema.json'), 'utf8')) as JsonSchema),
};

/** Every YAML file under `dir`, recursively. */
function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** The file's data when it is a single well-formed YAML document, else undefined. */
function dataOf(file: string): { data: unknown } | undefined {
  try {
    return { data: parse(readFileSync(file, 'utf8'), { uniqueKeys: true }) as unknown };
  } catch {
    return undefined;
  }
}

/** The validator's errors as `<path> <message> <params>` lines, to assert on. */
function problems(validate: ValidateFunction): string {
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`).join('\n');
}

const kindOf = (file: string): 'charter' | 'org' => (/^org\.ya?ml$/.test(path.basename(file)) ? 'org' : 'charter');

describe('schemas/*.json', () => {
  it('are exactly what "charter schema" generates (run `npm run build && node dist/bin/charter.js schema` after changing src/schema/)', () => {
    expect(readdirSync(SCHEMAS).sort()).toEqual([...generated.keys()].sort());
    for (const [fileName, schema] of generated) {
      expect(readFileSync(path.join(SCHEMAS, fileName), 'utf8'), `schemas/${fileName} is out of date`).toBe(schemaFileText(schema));
    }
  });

  it('are generated the same way every time', () => {
    const again = jsonSchemaFiles();
    expect(again.map((f) => schemaFileText(f.schema))).toEqual([...generated.values()].map((s) => schemaFileText(s)));
  });

  it('give every field a title and a description, for help on hover', () => {
    const missing: string[] = [];
    const visit = (schema: unknown, where: string): void => {
      if (typeof schema !== 'object' || schema === null) return;
      const s = schema as JsonSchema;
      for (const [key, prop] of Object.entries((s['properties'] as Record<string, JsonSchema> | undefined) ?? {})) {
        if (typeof prop['title'] !== 'string' || typeof prop['description'] !== 'string') missing.push(`${where}.${key}`);
        visit(prop, `${where}.${key}`);
      }
      visit(s['items'], `${where}[]`);
      for (const [key, def] of Object.entries((s['$defs'] as Record<string, JsonSchema> | undefined) ?? {})) visit(def, `$defs.${key}`);
    };
    for (const [fileName, schema] of generated) visit(schema, fileName);
    expect(missing).toEqual([]);
  });
});

describe('a standard JSON Schema validator (ajv, draft 2020-12)', () => {
  it('accepts the sample org', () => {
    const files = yamlFiles(path.join(ROOT, 'charters'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const validate = validators[kindOf(file)];
      expect(validate(dataOf(file)!.data), `${path.relative(ROOT, file)}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });

  it('agrees with the loader (zod) on every test fixture, valid or not', () => {
    const files = yamlFiles(path.join(ROOT, 'tests/fixtures'));
    let accepted = 0;
    let rejected = 0;
    for (const file of files) {
      const parsed = dataOf(file);
      if (parsed === undefined) continue; // not well-formed YAML: the yaml-syntax rule's, not the schema's
      const kind = kindOf(file);
      const zodIssues = kind === 'org' ? validateOrg(parsed.data).issues : validateCharter(parsed.data, fileStem(file)).issues;
      const ajvValid = validators[kind](parsed.data);
      expect(ajvValid, `${path.relative(ROOT, file)}: zod says ${JSON.stringify(zodIssues.map((i) => i.message))}`).toBe(
        zodIssues.length === 0,
      );
      if (ajvValid) accepted++;
      else rejected++;
    }
    expect(accepted).toBeGreaterThan(10);
    expect(rejected).toBeGreaterThan(0);
  });

  const charter = (extra: string) => `id: csm
name: Client Outcomes CSMs
department: client-outcomes
${extra}`;

  it.each([
    ['a misspelt key', charter('mision: Help every client.'), '/ must NOT have additional properties {"additionalProperty":"mision"}'],
    ['a misspelt key in a nested activity', charter('activities:\n  - id: a\n    name: A\n    activities:\n      - id: b\n        nme: B'), '/activities/0/activities/0 must NOT have additional properties {"additionalProperty":"nme"}'],
    ['a wrong type', charter('operatingMetrics: 3'), '/operatingMetrics must be array'],
    ['a wrong type in a list item', charter('operatingMetrics:\n  - id: nps\n    name: NPS\n    financial: "no"'), '/operatingMetrics/0/financial must be boolean'],
    ['an id that is not kebab-case', charter('risks:\n  - id: Renewal Risk\n    name: Renewal risk'), '/risks/0/id must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"'],
    ['both costMetrics and costExemption', charter('costMetrics: [{ name: Cost per ARR dollar }]\ncostExemption: Funded as R&D.'), '/ must NOT be valid'],
    ['a missing required key', 'id: csm\nname: Client Outcomes CSMs', "/ must have required property 'department'"],
  ])('rejects %s', (_, yaml, message) => {
    expect(validators.charter(parse(yaml))).toBe(false);
    expect(problems(validators.charter)).toContain(message);
  });

  it('accepts the user\'s own x- keys anywhere, as the loader does', () => {
    const yaml = charter('x-team-channel: "#cs"\nactivities:\n  - id: a\n    name: A\n    x-jira: CS-12\n    activities:\n      - id: b\n        name: B\n        x-notes: [1, 2]');
    expect(validators.charter(parse(yaml)), ajv.errorsText(validators.charter.errors)).toBe(true);
    expect(validateCharter(parse(yaml), 'csm').issues).toEqual([]);
    expect(validators.org(parse('name: Acme\nx-owner: CCO\ndepartments:\n  - id: d\n    name: D\n    x-budget: 3'))).toBe(true);
  });

  it('rejects a misspelt key and a wrong type in org.yaml', () => {
    expect(validators.org(parse('name: Acme\nexecutiveSponser: CCO'))).toBe(false);
    expect(problems(validators.org)).toContain('/ must NOT have additional properties {"additionalProperty":"executiveSponser"}');
    expect(validators.org(parse('name: Acme\ndepartments:\n  - id: d\n    name: D\n    internal: yes please'))).toBe(false);
    expect(problems(validators.org)).toContain('/departments/0/internal must be boolean');
  });
});
