import { promises as fs } from 'node:fs';
import path from 'node:path';
import { protectedTargetProblem } from '../files/guard.js';
import { today } from '../clock/today.js';
import { UserError } from '../errors.js';
import { readBulkFile } from '../lint/bulk.js';
import { planLint, runLint, type LintPlan, type LintRequest, type LintSummary } from '../lint/run.js';
import { discoverFiles } from '../load/discover.js';
import { packageVersion } from '../version.js';
import { CacheLocationError, DEFAULT_CACHE_FILE, fingerprintFiles, fingerprintsLinted, LintCache, resolveCacheFile, runKey } from './lint-cache.js';

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
  // Every file the run may read: the paths given, and the charters directory read for context.
  const roots = [...targets];
  if (await fs.stat(config.chartersDir).then(() => true, () => false)) roots.push(config.chartersDir);
  const discovered = await discoverFiles(roots, request.cwd);
  const refused = await protectedTargetProblem(
    '--cache-location',
    cacheLocation ?? DEFAULT_CACHE_FILE,
    location,
    {
      sourcePaths: discovered.map((f) => f.path),
      chartersDir: config.chartersDir,
      scanned: targets.map((t) => path.resolve(request.cwd, t)),
      configFile: config.file,
    },
    { what: 'the cache', example: DEFAULT_CACHE_FILE },
  );
  if (refused !== undefined) throw new UserError(refused);
  const cache = await LintCache.open(location).catch((err: unknown) => {
    throw err instanceof CacheLocationError ? new UserError(err.message) : err;
  });
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
  const fingerprints = await fingerprintFiles(discovered);
  const key = runKey(identity, fingerprints);
  const stored = cache.get(key);
  if (isLintSummary(stored)) return { ...stored, ...plan };
  const result = await runLint({ ...request, config });
  const summary: LintSummary = {
    findings: result.findings,
    files: result.files,
    charters: result.charters,
    hasOrg: result.hasOrg,
    sourcePaths: result.sourcePaths,
    suppressed: result.suppressed,
  };
  // Stored under the key of the bytes that were linted (the same key, unless a file changed meanwhile).
  await cache.set(runKey(identity, fingerprintsLinted(fingerprints, result.sources)), summary).catch((err: unknown) => {
    if (!(err instanceof CacheLocationError)) throw err;
    warn(`${err.message}; this run's findings are not cached`);
  });
  return { ...summary, ...plan };
}

/** Whether a value read from the cache has the shape of a run's summary: anything else is a miss, never trusted. */
function isLintSummary(value: unknown): value is LintSummary {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const isStrings = (a: unknown): boolean => Array.isArray(a) && a.every((x) => typeof x === 'string');
  const isFinding = (f: unknown): boolean => {
    if (typeof f !== 'object' || f === null) return false;
    const g = f as Record<string, unknown>;
    return (
      ['file', 'rule', 'messageId', 'message'].every((k) => typeof g[k] === 'string') &&
      ['line', 'column', 'endLine', 'endColumn'].every((k) => Number.isInteger(g[k])) &&
      (g['severity'] === 'error' || g['severity'] === 'warn')
    );
  };
  return (
    Array.isArray(v['findings']) &&
    v['findings'].every(isFinding) &&
    Number.isInteger(v['files']) &&
    Number.isInteger(v['charters']) &&
    typeof v['hasOrg'] === 'boolean' &&
    isStrings(v['sourcePaths'])
  );
}
