import { defineConfig } from 'vite';

/** Bundles the command line into one self-contained file, so `npx grove-designer` needs no dependencies. */
export default defineConfig({
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: { output: { entryFileNames: 'grove-designer.mjs', format: 'es' } },
  },
  ssr: { noExternal: true, target: 'node' },
});
