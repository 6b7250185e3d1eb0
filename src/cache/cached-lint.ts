import { promises as fs } from 'node:fs';
import { today } from '../clock/today.js';
import { UserError } from '../errors.js';
import { readBulkFile } from '../lint/bulk.js';
import { planLint, runLint, type LintPlan, type LintRequest, type LintSummary } from '../lint/run.js';
import { discoverFiles } from '../load/discover.js';
import { packageVersion } from '../version.js';
import { CacheLocationError, fingerprintFiles, LintCache, resolveCacheFile, runKey } from './lint-cache.js';

/**
 * `charter lint --cache`: the run's summary comes from the cache when no file the run
 * reads, nor the configuration, the paths, the working directory or charter's version,
 * has changed since a run that stored it (see lint-cache.ts); otherwise from `runLint`,
 * and is stored. `warn` hears why a run could not be stored (its findings are right
 * all the same).
 * @throws UserError when the cache location cannot be used, or as runLint does.
 */
export async function cachedLint(
  request: LintRequest,
  cacheLocation: string | undefined,
  warn: (message: string) => void,
): Promise<LintSummary & LintPlan> {
  const plan = await planLint(request);
  const { config, targets } = plan;
  const location = await resolveCacheFile(cacheLocation, request.cwd);
  const cache = await LintCache.open(location).catch((err: unknown) => {
    throw err instanceof CacheLocationError ? new UserError(err.message) : err;
  });
  // Every file the run may read: the paths given, and the charters directory read for context.
  const roots = [...targets];
  if (await fs.stat(config.chartersDir).then(() => true, () => false)) roots.push(config.chartersDir);
  const identity = {
    charter: packageVersion(),
    node: process.version,
    cwd: request.cwd,
    targets,
    chartersDir: config.chartersDir,
    settings: config.settings,
    ignore: config.ignore,
    inlineConfig: request.inlineConfig !== false,
    // charter-stale counts days from today: another day, another key.
    today: today(),
    // charter-suppressions.json, as it is now: a change to it is a change to the findings.
    bulkSuppressions: request.bulkSuppressions === false ? null : ((await readBulkFile(config, request.cwd)).text ?? null),
  };
  // The bytes hashed are kept: on a miss they are what is linted, so each file is read once.
  const preread = new Map<string, Uint8Array>();
  const key = runKey(identity, await fingerprintFiles(await discoverFiles(roots, request.cwd), preread));
  const stored = cache.get(key);
  if (stored !== undefined) return { ...(stored as LintSummary), ...plan };
  const result = await runLint({ ...request, config, preread });
  const summary: LintSummary = {
    findings: result.findings,
    files: result.files,
    charters: result.charters,
    hasOrg: result.hasOrg,
    sourcePaths: result.sourcePaths,
    suppressed: result.suppressed,
  };
  await cache.set(key, summary).catch((err: unknown) => {
    if (!(err instanceof CacheLocationError)) throw err;
    warn(`${err.message}; this run's findings are not cached`);
  });
  return { ...summary, ...plan };
}
