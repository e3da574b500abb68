import { describe, expect, it } from 'vitest';
import { yaml } from '../test-support/dedent';
import { applyCommand, applyEdits, invertEdits } from '.';
import { simpleModel } from './testing/model';
import type { EditCommand } from './types';

function run(text: string, command: EditCommand, documentIndex = 0): string {
  const result = applyCommand(text, documentIndex, command);
  if (!result.ok) throw new Error(result.reason);
  expect(applyEdits(text, result.edits)).toBe(result.text);
  expect(applyEdits(result.text, invertEdits(text, result.edits))).toBe(text);
  return result.text;
}

/** A PodCliqueSet with lists indented under their keys and block `cliqueNames`. */
const indented = yaml`
  apiVersion: grove.io/v1alpha1
  kind: PodCliqueSet
  metadata:
    name: demo
  spec:
    replicas: 1 # one replica
    template:
      cliques:
        - name: 'alpha'
          spec:
            replicas: 2
            podSpec:
              containers:
                - name: a
                  image: "busybox:1"
        # beta serves the model
        - name: 'beta'
          spec:
            startsAfter:
              - alpha
            replicas: 1
            podSpec:
              containers:
                - name: b
                  image: "busybox:1"
                  resources:
                    requests: {cpu: 100m}
      podCliqueScalingGroups:
        - name: grp
          cliqueNames:
            - beta
`;

describe('block lists indented under their key', () => {
  it('writes a new clique with the same indentation, quoting and nested list style', () => {
    const after = run(indented, { type: 'addClique', name: 'gamma' });
    expect(after).toContain(
      [
        "      - name: 'gamma'",
        '        spec:',
        "          roleName: 'gamma'",
        '          replicas: 1',
        '          podSpec:',
        '            containers:',
        "              - name: 'gamma'",
        '                image: "nginx:latest"',
        '    podCliqueScalingGroups:',
      ].join('\n'),
    );
  });

  it('keeps a block cliqueNames block, and writes [] when its last entry leaves', () => {
    const added = run(indented, { type: 'setCliqueGroup', clique: 'alpha', group: 'grp' });
    expect(added).toContain('        cliqueNames:\n          - beta\n          - alpha\n');
    const emptied = run(indented, { type: 'setCliqueGroup', clique: 'beta', group: null });
    expect(emptied.endsWith('        cliqueNames: []\n')).toBe(true);
  });

  it('removes startsAfter with its key when its last entry goes', () => {
    const after = run(indented, { type: 'removeStartsAfter', clique: 'beta', after: 'alpha' });
    expect(after).not.toContain('startsAfter');
    expect(after.split('\n').length).toBe(indented.split('\n').length - 2);
  });

  it('puts minAvailable right after replicas and keeps the comment on a rewritten line', () => {
    const after = run(indented, { type: 'setCliqueMinAvailable', clique: 'alpha', minAvailable: 1 });
    expect(after).toContain('          replicas: 2\n          minAvailable: 1\n          podSpec:');
    const replicas = run(indented, { type: 'setReplicas', replicas: 3 });
    expect(replicas).toContain('  replicas: 3 # one replica\n');
  });

  it('keeps the quoting of a renamed name and of its references', () => {
    const after = run(indented, { type: 'renameClique', clique: 'alpha', to: 'first' });
    expect(after).toContain("- name: 'first'");
    expect(after).toContain('startsAfter:\n            - first\n');
  });

  it('quotes a name that would otherwise be read as a number', () => {
    const after = run(indented, { type: 'renameScalingGroup', group: 'grp', to: '123' });
    expect(after).toContain('- name: "123"');
    expect(simpleModel(after).groups[0]!.name).toBe('123');
  });

  it('removes a clique with the comment above it, and only that', () => {
    const after = run(indented, { type: 'removeClique', clique: 'beta' });
    expect(after).not.toContain('beta');
    expect(after).toContain('cliqueNames: []');
    expect(after.split('\n').filter((l) => l.includes('#'))).toEqual(['  replicas: 1 # one replica']);
  });

  it('adds to a flow mapping of requests, and mirrors a GPU into limits', () => {
    const after = run(indented, {
      type: 'setContainerRequests',
      clique: 'beta',
      requests: { 'nvidia.com/gpu': 2 },
    });
    expect(after).toContain(
      'requests: {cpu: 100m, nvidia.com/gpu: 2}\n                  limits:\n                    nvidia.com/gpu: 2\n',
    );
  });
});

/** Flow `cliqueNames`, quoted names, and no line break at the end (as several Grove samples). */
const flowSeed = yaml`
  apiVersion: grove.io/v1alpha1
  kind: PodCliqueSet
  metadata:
    name: flow
  spec:
    replicas: 1
    template:
      cliques:
      - name: "a"
        spec:
          replicas: 1
          podSpec:
            containers:
            - name: a
              image: x
      - name: "b"
        spec:
          replicas: 1
          podSpec:
            containers:
            - name: b
              image: x
      podCliqueScalingGroups:
      - name: g
        cliqueNames: ["a", "b"]
        replicas: 2`.slice(0, -1);

describe('flow lists and a file without a final line break', () => {
  it('keeps cliqueNames in flow style with its quoting', () => {
    const after = run(flowSeed, { type: 'addClique', name: 'c', group: 'g' });
    expect(after).toContain('cliqueNames: ["a", "b", "c"]');
    const removed = run(flowSeed, { type: 'setCliqueGroup', clique: 'a', group: null });
    expect(removed).toContain('cliqueNames: ["b"]');
  });

  it('inserts after the last line and removes it, and the file still ends without a line break', () => {
    const added = run(flowSeed, { type: 'setGroupMinAvailable', group: 'g', minAvailable: 1 });
    expect(added.endsWith('      replicas: 2\n      minAvailable: 1')).toBe(true);
    const removed = run(flowSeed, { type: 'setGroupReplicas', group: 'g', replicas: null });
    expect(removed.endsWith('      cliqueNames: ["a", "b"]')).toBe(true);
  });

  it('removes the last scaling group with its key', () => {
    const after = run(flowSeed, { type: 'removeScalingGroup', group: 'g' });
    expect(after.endsWith('            image: x')).toBe(true);
    expect(after).not.toContain('podCliqueScalingGroups');
    expect(simpleModel(after).groups).toEqual([]);
  });
});

describe('line endings, documents and order', () => {
  it('writes CRLF into a CRLF file', () => {
    const crlf = flowSeed.replaceAll('\n', '\r\n');
    const after = run(crlf, { type: 'addClique', name: 'c' });
    expect(after.replaceAll('\r\n', '')).not.toContain('\n');
    expect(simpleModel(after).cliques.map((c) => c.name)).toEqual(['a', 'b', 'c']);
  });

  it('changes only the document it is given', () => {
    const two = `${flowSeed}\n---\n${indented}`;
    const after = run(two, { type: 'renameClique', clique: 'a', to: 'z' }, 0);
    expect(after.slice(after.indexOf('---'))).toBe(two.slice(two.indexOf('---')));
    const second = run(two, { type: 'renameClique', clique: 'alpha', to: 'z' }, 1);
    expect(second.slice(0, second.indexOf('---'))).toBe(two.slice(0, two.indexOf('---')));
    expect(simpleModel(second, 1).cliques[0]!.name).toBe('z');
  });

  it('moves cliques, comments included, in both directions', () => {
    const down = run(indented, { type: 'moveClique', clique: 'alpha', toIndex: 1 });
    expect(simpleModel(down).cliques.map((c) => c.name)).toEqual(['beta', 'alpha']);
    expect(down.indexOf('# beta serves the model')).toBeLessThan(down.indexOf("- name: 'beta'"));
    expect(down.indexOf("- name: 'beta'")).toBeLessThan(down.indexOf("- name: 'alpha'"));
    const up = run(indented, { type: 'moveClique', clique: 'beta', toIndex: 0 });
    expect(up).toBe(down);
  });

  it('sets the startup type before the cliques', () => {
    const after = run(flowSeed, { type: 'setStartupType', startupType: 'CliqueStartupTypeInOrder' });
    expect(after).toContain('  template:\n    cliqueStartupType: CliqueStartupTypeInOrder\n    cliques:\n');
  });
});

describe('empty and missing lists', () => {
  const bare = yaml`
    apiVersion: grove.io/v1alpha1
    kind: PodCliqueSet
    metadata:
      name: bare
    spec:
      replicas: 1
      template:
        cliques: [] # none yet
        podCliqueScalingGroups:
  `;

  it('turns an empty cliques list into a block list, keeping the comment on its line', () => {
    const after = run(bare, { type: 'addClique', name: 'one' });
    expect(after).toContain(
      '    cliques: # none yet\n      - name: one\n        spec:\n          roleName: one\n          replicas: 1\n',
    );
    expect(simpleModel(after).cliques.map((c) => c.name)).toEqual(['one']);
  });

  it('fills a null podCliqueScalingGroups instead of writing the key twice', () => {
    const one = run(bare, { type: 'addClique', name: 'one' });
    const after = run(one, { type: 'addScalingGroup', name: 'g', cliques: ['one'] });
    expect(after.match(/podCliqueScalingGroups/g)).toHaveLength(1);
    expect(after.endsWith('    podCliqueScalingGroups:\n      - name: g\n        cliqueNames: [one]\n')).toBe(
      true,
    );
  });

  it('creates podCliqueScalingGroups after the cliques when it is missing', () => {
    const text = run(bare.replace('    podCliqueScalingGroups:\n', ''), { type: 'addClique', name: 'one' });
    const after = run(text, { type: 'addScalingGroup', cliques: ['one'] });
    expect(simpleModel(after).groups).toEqual([{ name: 'group', cliqueNames: ['one'] }]);
    expect(after.indexOf('podCliqueScalingGroups')).toBeGreaterThan(after.indexOf('image: nginx:latest'));
  });
});
