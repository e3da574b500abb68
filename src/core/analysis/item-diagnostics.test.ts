import { describe, expect, it } from 'vitest';
import { seedText } from '../test-support/samples';
import { analyze } from './analyze';
import { messagesByItem } from './item-diagnostics';
import { HELM_DEFAULTS } from '../check/settings';

function analysisOf(text: string) {
  const { analysis } = analyze({ revision: 1, text, activeDocument: 0, cluster: HELM_DEFAULTS });
  const active = analysis.active!;
  const diagnostics = analysis.diagnostics.filter((d) => d.document === active.index);
  return { active, byItem: messagesByItem(diagnostics, active.outline) };
}

describe('messagesByItem', () => {
  it('puts a duplicate clique name on the clique that repeats it, matching the design counts', () => {
    const text = seedText.replace('- name: pworker', '- name: pleader');
    const { active, byItem } = analysisOf(text);
    const second = active.design.cliques[2]!;
    expect(second.name).toBe('pleader');
    const messages = byItem.clique.get(2);
    expect(messages?.errors.map((d) => d.code)).toContain('clique-name-duplicate');
    for (const clique of active.design.cliques) {
      expect(byItem.clique.get(clique.index)?.errors.length ?? 0).toBe(clique.errors);
      expect(byItem.clique.get(clique.index)?.warnings.length ?? 0).toBe(clique.warnings);
    }
    for (const group of active.design.scalingGroups)
      expect(byItem.scalingGroup.get(group.index)?.errors.length ?? 0).toBe(group.errors);
  });

  it('keeps what concerns no clique or group for the PodCliqueSet', () => {
    const text = seedText.replace('  replicas: 1\n  template:', '  replicas: -1\n  template:');
    const { byItem } = analysisOf(text);
    expect(byItem.podCliqueSet.errors.length).toBeGreaterThan(0);
    expect(byItem.clique.size).toBe(0);
  });

  it('has nothing on the seed', () => {
    const { byItem } = analysisOf(seedText);
    expect(byItem.clique.size + byItem.scalingGroup.size).toBe(0);
    expect(byItem.podCliqueSet.errors).toEqual([]);
  });
});
