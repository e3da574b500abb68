import fc from 'fast-check';
import type { EditCommand } from '../../src/core/edit';
import type { SimpleModel } from '../../src/core/edit/testing/model';

/**
 * Random designer commands, as the graph, the inspector and the palette send them: numbers pick the
 * clique, group and name from the current design, so most commands apply and some are refused.
 */
export const step = fc.record({
  kind: fc.constantFrom(
    'addClique',
    'removeClique',
    'renameClique',
    'moveClique',
    'addScalingGroup',
    'removeScalingGroup',
    'renameScalingGroup',
    'setCliqueGroup',
    'setCliqueReplicas',
    'setCliqueMinAvailable',
    'setCliqueAutoscaler',
    'setGroupReplicas',
    'setGroupScaleConfig',
    'setContainerRequests',
    'setReplicas',
    'setStartupType',
    'addStartsAfter',
    'removeStartsAfter',
  ),
  a: fc.nat(1000),
  b: fc.nat(1000),
  c: fc.nat(1000),
  flag: fc.boolean(),
});

export type Step = typeof step extends fc.Arbitrary<infer S> ? S : never;

const FRESH = ['router', 'cache', 'db', 'w2', 'prefill-x', 'decode-y'];
const STARTUP = [
  'CliqueStartupTypeAnyOrder',
  'CliqueStartupTypeInOrder',
  'CliqueStartupTypeExplicit',
] as const;

export function toCommand(m: SimpleModel, s: Step): EditCommand {
  const cliques = m.cliques.map((c) => c.name ?? '');
  const groups = m.groups.map((g) => g.name ?? '');
  const pick = <T>(list: readonly T[], n: number): T | undefined =>
    list.length === 0 ? undefined : list[n % list.length];
  const clique = pick(cliques, s.a) ?? 'none';
  const group = pick(groups, s.b) ?? 'none';
  const name = pick([...FRESH, ...cliques], s.c)!;
  const count = (n: number) => 1 + (n % 4);
  switch (s.kind) {
    case 'addClique':
      return { type: 'addClique', ...(s.flag ? {} : { name }), index: s.b % (cliques.length + 1) };
    case 'removeClique':
      return { type: 'removeClique', clique };
    case 'renameClique':
      return { type: 'renameClique', clique, to: name };
    case 'moveClique':
      return { type: 'moveClique', clique, toIndex: s.b % Math.max(1, cliques.length) };
    case 'addScalingGroup':
      return { type: 'addScalingGroup', cliques: cliques.filter((_, i) => (s.b >> i) & 1) };
    case 'removeScalingGroup':
      return { type: 'removeScalingGroup', group };
    case 'renameScalingGroup':
      return { type: 'renameScalingGroup', group, to: `g-${name}` };
    case 'setCliqueGroup':
      return { type: 'setCliqueGroup', clique, group: s.flag ? null : group };
    case 'setCliqueReplicas':
      return { type: 'setCliqueReplicas', clique, replicas: count(s.b) };
    case 'setCliqueMinAvailable':
      return { type: 'setCliqueMinAvailable', clique, minAvailable: s.flag ? null : 1 };
    case 'setCliqueAutoscaler':
      return {
        type: 'setCliqueAutoscaler',
        clique,
        range: s.flag ? null : { minReplicas: 1, maxReplicas: count(s.b) + 1 },
      };
    case 'setGroupReplicas':
      return { type: 'setGroupReplicas', group, replicas: s.flag ? null : count(s.c) };
    case 'setGroupScaleConfig':
      return { type: 'setGroupScaleConfig', group, range: s.flag ? null : { maxReplicas: count(s.c) + 2 } };
    case 'setContainerRequests':
      return {
        type: 'setContainerRequests',
        clique,
        requests: s.flag ? { cpu: `${count(s.b)}00m` } : { 'nvidia.com/gpu': count(s.c), memory: null },
      };
    case 'setReplicas':
      return { type: 'setReplicas', replicas: count(s.b) };
    case 'setStartupType':
      return { type: 'setStartupType', startupType: STARTUP[s.b % STARTUP.length]! };
    case 'addStartsAfter':
      return { type: 'addStartsAfter', clique, after: pick(cliques, s.b) ?? 'none' };
    case 'removeStartsAfter':
      return {
        type: 'removeStartsAfter',
        clique,
        after: pick(m.cliques[s.a % Math.max(1, m.cliques.length)]?.startsAfter ?? [], s.b) ?? clique,
      };
  }
}

/** Clique names a command removes or renames: their own blocks are not expected to stay as they were. */
export function touchedCliques(command: EditCommand): string[] {
  if (command.type === 'removeClique') return typeof command.clique === 'string' ? [command.clique] : [];
  if (command.type === 'renameClique')
    return [...(typeof command.clique === 'string' ? [command.clique] : []), command.to];
  if (command.type === 'addClique' && command.name !== undefined) return [command.name];
  return [];
}
