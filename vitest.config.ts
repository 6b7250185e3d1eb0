import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 20_000,
    // "Today" for charter-stale and charter new: fixed, so that the tests give the same results any day.
    env: { CHARTER_TODAY: '2026-11-27' },
  },
});
