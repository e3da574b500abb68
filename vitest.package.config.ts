import { defineConfig } from 'vitest/config';

/**
 * The packaged-CLI test: runs after `npm run build`, packs the project with `npm pack`, installs the
 * tarball into a fresh project offline and runs `npx grove-designer` there, outside this repository.
 */
export default defineConfig({
  test: {
    include: ['test/package/**/*.spec.ts'],
    environment: 'node',
    reporters: ['default', ['json', { outputFile: 'test-results/vitest-package.json' }]],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
