/**
 * The run-count and seed settings that every fast-check test honours:
 *
 * - `CHARTER_FC_RUNS=<n>`: run every property `n` times (each test has its own
 *   default, sized so that the whole suite stays fast on a two-core CI machine).
 * - `CHARTER_FC_SEED=<seed>`: the seed; fast-check prints the one that failed, so that
 *   a failure can be run again exactly.
 *
 * tests/robustness/fast-check-settings.test.ts checks that no fast-check test sets
 * its own run count.
 */

function positiveInteger(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`${name} must be a whole number of at least 1, got ${JSON.stringify(raw)}`);
  return n;
}

/** The seed of every property: CHARTER_FC_SEED, or a fixed one so that runs repeat. */
export const FC_SEED = Number(process.env['CHARTER_FC_SEED'] ?? 20_261_124);

/** How many runs a property gets: CHARTER_FC_RUNS, or the test's own default. */
export function fcRuns(defaultRuns: number): number {
  return positiveInteger('CHARTER_FC_RUNS') ?? defaultRuns;
}

/**
 * The parameters to pass to `fc.assert`: the seed, and the run count (CHARTER_FC_RUNS
 * or `defaultRuns`) times `share`, for a costlier property that runs a fraction as often.
 */
export function fcParams(defaultRuns = 100, share = 1): { seed: number; numRuns: number } {
  return { seed: FC_SEED, numRuns: Math.max(1, Math.round(fcRuns(defaultRuns) * share)) };
}

/** A test timeout for a property of `runs` runs at about `msPerRun` each, never below the suite's default. */
export function timeoutFor(runs: number, msPerRun: number): number {
  return Math.max(20_000, 30_000 + runs * msPerRun);
}
