import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allRules } from '../core/rules/registry';
import { rulesPage } from './format/rules-page';

const committed = fileURLToPath(new URL('../../docs/rules.md', import.meta.url));

describe('docs/rules.md', () => {
  it('is up to date with the rule tables (run `npm run docs:rules` after changing a rule)', () => {
    expect(readFileSync(committed, 'utf8')).toBe(rulesPage(allRules));
  });

  it('has one entry per code with what Grove does and how to fix it', () => {
    const page = rulesPage(allRules);
    for (const rule of allRules) {
      const start = page.indexOf(`### \`${rule.code}\`\n`);
      expect(start, rule.code).toBeGreaterThan(0);
      const next = page.indexOf('\n### ', start + 1);
      const entry = page.slice(start, next === -1 ? undefined : next);
      expect(entry).toContain(rule.explanation);
      expect(entry).toContain(`**Fix:** ${rule.fix}`);
    }
    expect(page.match(/^### /gm)).toHaveLength(allRules.length);
  });
});
