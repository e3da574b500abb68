// Writes docs/rules.md from the rule tables: `npm run docs:rules`. A unit test fails when the committed page is stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { allRules } from '../src/core/rules/registry';
import { rulesPage } from '../src/cli/format/rules-page';

const target = fileURLToPath(new URL('../docs/rules.md', import.meta.url));
mkdirSync(fileURLToPath(new URL('../docs/', import.meta.url)), { recursive: true });
writeFileSync(target, rulesPage(allRules));
console.log(`docs/rules.md: ${allRules.length} rules`);
