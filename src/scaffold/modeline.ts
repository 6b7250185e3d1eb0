import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The charter schema shipped in this package: `<package root>/schemas/charter.schema.json`. */
export function shippedCharterSchema(): string {
  // src/scaffold/ and dist/scaffold/ are both two levels below the package root.
  return fileURLToPath(new URL('../../schemas/charter.schema.json', import.meta.url));
}

/**
 * The `$schema` value of a new charter's modeline: the path from the charter's
 * directory to `schemaFile`, relative and with forward slashes, so that editors find
 * the schema offline wherever the repository is checked out. A file URL when no
 * relative path exists (another drive on Windows).
 */
export function schemaPathFrom(charterDir: string, schemaFile: string = shippedCharterSchema()): string {
  const rel = path.relative(charterDir, schemaFile);
  if (path.isAbsolute(rel)) return pathToFileURL(schemaFile).href;
  return rel.split(path.sep).join('/');
}
