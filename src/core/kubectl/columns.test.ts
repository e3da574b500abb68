import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  PODCLIQUE_COLUMNS,
  PODCLIQUESET_COLUMNS,
  SCALING_GROUP_COLUMNS,
  shownColumns,
  header,
} from './columns';

interface Crd {
  spec: { versions: { additionalPrinterColumns?: unknown[] }[] };
}

function printerColumns(file: string): unknown[] {
  const path = fileURLToPath(new URL(`../../../grove/crds/${file}`, import.meta.url));
  const crd = parse(readFileSync(path, 'utf8')) as Crd;
  return crd.spec.versions[0]!.additionalPrinterColumns ?? [];
}

describe("printer columns are the CRDs' additionalPrinterColumns", () => {
  it.each([
    ['grove.io_podcliques.yaml', PODCLIQUE_COLUMNS],
    ['grove.io_podcliquescalinggroups.yaml', SCALING_GROUP_COLUMNS],
    ['grove.io_podcliquesets.yaml', PODCLIQUESET_COLUMNS],
  ])('%s', (file, columns) => {
    expect(columns).toEqual(printerColumns(file));
  });

  it('shows priority-1 columns only with -o wide, headers upper-cased', () => {
    expect(shownColumns(PODCLIQUE_COLUMNS, false).map(header)).toEqual([
      'MINAVAIL',
      'REPLICAS',
      'READY',
      'SCHEDULED',
      'UPDATED',
      'AGE',
    ]);
    expect(shownColumns(PODCLIQUE_COLUMNS, true).map(header)).toContain('MINBREACHED');
  });
});
