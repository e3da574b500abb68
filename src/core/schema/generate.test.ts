import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compactSchema, generateSchemas } from '../../../scripts/gen-schemas.mjs';
import { implementedCelRules } from '../validate/schema/cel';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (file: string) => readFileSync(root + file, 'utf8');
const PCS_CRD = 'grove/crds/grove.io_podcliquesets.yaml';
const pcsText = read(PCS_CRD);

describe('scripts/gen-schemas.mjs', () => {
  it('has generated exactly the committed files (run npm run gen:schemas when this fails)', () => {
    const files = generateSchemas(read);
    expect(Object.keys(files).sort()).toEqual([
      'src/core/schema/generated/clustertopologybinding.json',
      'src/core/schema/generated/podcliqueset.json',
      'src/ui/editor/generated/clustertopologybinding.schema.json',
      'src/ui/editor/generated/podcliqueset.schema.json',
    ]);
    for (const [file, text] of Object.entries(files)) expect(read(file), file).toBe(text);
  });

  it('keeps the compact PodCliqueSet schema small enough to bundle', () => {
    const size = read('src/core/schema/generated/podcliqueset.json').length;
    expect(size).toBeLessThan(100_000);
    expect(read('src/core/schema/generated/podcliqueset.json')).not.toContain('description');
  });

  it('refuses a CRD with a CEL rule the validator does not implement', () => {
    const changed = pcsText.replace(
      'rule: has(self.required) || has(self.preferred)',
      'rule: has(self.required) && has(self.preferred)',
    );
    expect(changed).not.toBe(pcsText);
    expect(() => compactSchema(changed, PCS_CRD, implementedCelRules)).toThrow(
      /CEL rule "has\(self.required\) && has\(self.preferred\)"/,
    );
    expect(() => compactSchema(pcsText, PCS_CRD, implementedCelRules)).not.toThrow();
  });

  it('refuses schema keywords and formats the validator does not check', () => {
    const withMaxProperties = pcsText.replace(
      /(\n {14}replicas:\n {16}default: 0\n)/,
      '$1                maxProperties: 3\n',
    );
    expect(withMaxProperties).not.toBe(pcsText);
    expect(() => compactSchema(withMaxProperties, PCS_CRD)).toThrow(
      /spec\.replicas: the schema keyword "maxProperties"/,
    );
    const withDate = pcsText.replace(/(\n {16}format: int32\n)/, '\n                format: date-time\n');
    expect(() => compactSchema(withDate, PCS_CRD)).toThrow(/the format "date-time"/);
  });
});
