import nodeFs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The schema files shipped in this package's `schemas/`. */
export type SchemaName = 'charter.schema.json' | 'org.schema.json' | 'config.schema.json';

/** A schema shipped in this package: `<package root>/schemas/<name>`. */
export function shippedSchema(name: SchemaName = 'charter.schema.json'): string {
  // src/scaffold/ and dist/scaffold/ are both two levels below the package root.
  return fileURLToPath(new URL(`../../schemas/${name}`, import.meta.url));
}

/** The charter schema shipped in this package: `<package root>/schemas/charter.schema.json`. */
export function shippedCharterSchema(): string {
  return shippedSchema('charter.schema.json');
}

/**
 * The `$schema` value of a modeline in a file of `fromDir`: the path from that directory to
 * `schemaFile`, relative and with forward slashes, so that editors find the schema offline
 * wherever the repository is checked out. A file URL when no relative path exists
 * (another drive on Windows).
 */
export function schemaPathFrom(fromDir: string, schemaFile: string = shippedCharterSchema()): string {
  const rel = path.relative(fromDir, schemaFile);
  if (path.isAbsolute(rel)) return pathToFileURL(schemaFile).href;
  return rel.split(path.sep).join('/');
}

/**
 * The `$schema` value that `charter new` and `charter init` write in `fromDir`: through
 * the `node_modules/charter` the repository installed, whichever way it was installed
 * (a tarball copies the package there; a path or `npm link` makes it a link to a
 * checkout elsewhere, which must not end up in the modeline). Without such an install
 * (charter's own repository, or charter run from elsewhere), the path to the shipped file.
 */
export function modelineSchemaPath(fromDir: string, name: SchemaName = 'charter.schema.json'): string {
  const shipped = shippedSchema(name);
  const real = realpathOrUndefined(shipped);
  for (let dir = path.resolve(fromDir); ; dir = path.dirname(dir)) {
    const installed = path.join(dir, 'node_modules', 'charter', 'schemas', name);
    if (real !== undefined && realpathOrUndefined(installed) === real) return schemaPathFrom(fromDir, installed);
    if (path.dirname(dir) === dir) break;
  }
  return schemaPathFrom(fromDir, shipped);
}

function realpathOrUndefined(p: string): string | undefined {
  try {
    return nodeFs.realpathSync(p);
  } catch {
    return undefined;
  }
}
