import { describe, expect, it } from 'vitest';
import { HELM_DEFAULTS } from '../../check/settings';
import { checkManifest } from '../../check/check';
import { validateTopologyBinding } from '.';
import { text } from './test-fixtures';

const binding = (spec: Record<string, unknown>) => ({
  apiVersion: 'grove.io/v1alpha1',
  kind: 'ClusterTopologyBinding',
  metadata: { name: 'ct' },
  spec,
});
const level = (domain: string, key: string) => ({ domain, key });

describe('ClusterTopologyBinding webhook', () => {
  it('refuses a repeated domain and a repeated key at the later level', () => {
    const value = binding({
      levels: [level('zone', 'k/zone'), level('zone', 'k/rack'), level('host', 'k/rack')],
    });
    expect(validateTopologyBinding(value).map((f) => [f.code, f.path])).toEqual([
      ['binding-domain-duplicate', 'spec.levels[1].domain'],
      ['binding-key-duplicate', 'spec.levels[2].key'],
    ]);
  });

  it('admits distinct levels', () => {
    const value = binding({ levels: [level('zone', 'k/zone'), level('rack', 'k/rack')] });
    expect(validateTopologyBinding(value)).toEqual([]);
  });

  it("reports scheduler bindings under Grove's path spec.schedulerTopologyReferences", () => {
    const value = binding({
      levels: [level('zone', 'k')],
      schedulerTopologyBindings: [
        { schedulerName: 'kai-scheduler', topologyReference: 'a' },
        { schedulerName: 'kai-scheduler', topologyReference: 'b' },
        { schedulerName: 'volcano', topologyReference: 'c' },
      ],
    });
    const findings = validateTopologyBinding(value, HELM_DEFAULTS);
    expect(findings.map((f) => [f.code, f.path, f.at.join('/')])).toEqual([
      [
        'binding-scheduler-duplicate',
        'spec.schedulerTopologyReferences[1].schedulerName',
        'spec/schedulerTopologyBindings/1/schedulerName',
      ],
      [
        'binding-scheduler-not-enabled',
        'spec.schedulerTopologyReferences[2].schedulerName',
        'spec/schedulerTopologyBindings/2/schedulerName',
      ],
    ]);
    expect(validateTopologyBinding(value).map((f) => f.code)).toEqual(['binding-scheduler-duplicate']);
  });

  it('is placed in the text by checkManifest, with type Duplicate', () => {
    const manifest = text(binding({ levels: [level('zone', 'k/zone'), level('zone', 'k/rack')] }));
    const diagnostics = checkManifest(manifest).documents[0]!.diagnostics.filter(
      (d) => d.stage === 'webhook',
    );
    const zoneLines = manifest.split('\n').flatMap((l, i) => (l.includes('domain: zone') ? [i + 1] : []));
    expect(diagnostics.map((d) => [d.code, d.type, d.line])).toEqual([
      ['binding-domain-duplicate', 'Duplicate', zoneLines[1]],
    ]);
  });

  it('never crashes on odd input', () => {
    for (const value of [
      null,
      3,
      'x',
      { spec: { levels: 'no' } },
      { spec: { levels: [null, 3, { domain: 4 }] } },
    ])
      expect(() => validateTopologyBinding(value, HELM_DEFAULTS)).not.toThrow();
  });
});
