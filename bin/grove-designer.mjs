#!/usr/bin/env node
// The published entry point: the command line is bundled into dist-cli/ by `npm run build:cli`.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../dist-cli/grove-designer.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('grove-designer: the command line is not built yet; run `npm run build:cli` first.\n');
  process.exit(2);
}
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
