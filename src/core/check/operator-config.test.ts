import { describe, expect, it } from 'vitest';
import { readOperatorConfig } from './operator-config';
import { HELM_DEFAULTS } from './settings';
import { yaml } from '../test-support/dedent';

describe('readOperatorConfig', () => {
  it('reads an OperatorConfiguration and keeps the kube scheduler enabled, as Grove does', () => {
    const result = readOperatorConfig(yaml`
      apiVersion: operator.config.grove.io/v1alpha1
      kind: OperatorConfiguration
      scheduler:
        profiles:
        - name: kai-scheduler
        defaultProfileName: kai-scheduler
      topologyAwareScheduling:
        enabled: true
      network:
        autoMNNVLEnabled: true
    `);
    expect(result.problems).toEqual([]);
    expect(result.settings.schedulerProfiles).toEqual(['kai-scheduler', 'default-scheduler']);
    expect(result.settings.defaultSchedulerProfile).toBe('kai-scheduler');
    expect(result.settings.topologyAwareScheduling).toBe(true);
    expect(result.settings.autoMNNVL).toBe(true);
  });

  it('reads the config: block of Helm values and ClusterTopologyBindings', () => {
    const result = readOperatorConfig(yaml`
      config:
        topologyAwareScheduling:
          enabled: true
      ---
      apiVersion: grove.io/v1alpha1
      kind: ClusterTopologyBinding
      metadata:
        name: gb200
      spec:
        levels:
        - domain: rack
          key: topology.kubernetes.io/rack
        - domain: host
          key: kubernetes.io/hostname
    `);
    expect(result.settings.topologyAwareScheduling).toBe(true);
    expect(result.settings.schedulerProfiles).toEqual(HELM_DEFAULTS.schedulerProfiles);
    expect(result.settings.topologyBindings).toEqual([
      {
        name: 'gb200',
        levels: [
          { domain: 'rack', key: 'topology.kubernetes.io/rack' },
          { domain: 'host', key: 'kubernetes.io/hostname' },
        ],
      },
    ]);
  });

  it('says what it could not read', () => {
    expect(readOperatorConfig('kind: Pod\n').problems[0]).toMatch(/No operator settings found/);
    expect(readOperatorConfig('config: [\n').problems[0]).toMatch(/not valid YAML/);
  });
});
