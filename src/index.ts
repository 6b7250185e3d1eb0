/**
 * charter as a library: `import { lint } from 'charter'`.
 * The command line (src/cli/) is built on the same lint run.
 */
import path from 'node:path';
import { jsonReport, type JsonReport } from './format/json.js';
import { runLint } from './lint/run.js';

export { UserError } from './errors.js';
export type { JsonFinding, JsonReport } from './format/json.js';
export type { Severity } from './findings/finding.js';

/** What to lint. */
export interface LintOptions {
  /** The working directory: paths, the configuration and the findings' file names are relative to it (default: process.cwd()). */
  cwd?: string;
  /** Charter files or directories (default: the charters directory of the configuration, else `charters`). */
  paths?: readonly string[];
  /** The configuration file (default: charter.config.yaml in `cwd`, when there is one). */
  configFile?: string;
}

/**
 * Lints charters as `charter lint --format json` does and resolves to the same data:
 * `{ findings, summary: { files, errors, warnings } }`.
 * @throws UserError (rejects) when the configuration or a path cannot be used; its message is one line for the user.
 */
export async function lint(options: LintOptions = {}): Promise<JsonReport> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const result = await runLint({ cwd, ...(options.paths !== undefined ? { paths: options.paths } : {}), ...(options.configFile !== undefined ? { configFile: options.configFile } : {}) });
  return jsonReport(result);
}
