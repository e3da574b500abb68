import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';

const packageVersion = (
  JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }
).version;

const monacoEsm = fileURLToPath(new URL('./node_modules/monaco-editor/esm/vs/', import.meta.url));

/**
 * The Content-Security-Policy of the built app: no inline script, no eval, nothing from another origin.
 * Styles may be inline because Monaco and React Flow set element styles at run time; workers come from
 * our own origin (Vite emits them as files). Added only to the build: Vite's dev server injects an inline
 * preamble for React refresh.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function cspMeta(): Plugin {
  return {
    name: 'grove-designer-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), cspMeta()],
  define: { __APP_VERSION__: JSON.stringify(packageVersion) },
  resolve: {
    // monaco-yaml's worker imports monaco-editor/esm/vs/... paths that Monaco's exports map hides.
    alias: [{ find: /^monaco-editor\/esm\/vs\//, replacement: monacoEsm }],
  },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 6000,
    sourcemap: false,
    rolldownOptions: {
      // The app, and a page with only the manifest editor for e2e/editor.spec.ts (it shares the app's chunks).
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        'editor-test': fileURLToPath(new URL('./e2e/pages/editor.html', import.meta.url)),
      },
    },
  },
  preview: { port: 4173, strictPort: true },
});
