/**
 * What each structural command means, written plainly over the SimpleModel (test-only): the
 * property tests compare the re-parsed manifest with this after every command.
 */
import { isDns1123Label } from '../../names/names';
import type { EditCommand, ItemRef } from '../types';
import type { SimpleClique, SimpleGroup, SimpleModel } from './model';

export const REFUSED = 'refused' as const;
type Outcome = SimpleModel | typeof REFUSED;

type Mutable = { name?: string; replicas?: number; cliques: SimpleClique[]; groups: SimpleGroup[] };

function find<T extends { name?: string }>(list: readonly T[], ref: ItemRef): number {
  return typeof ref === 'number'
    ? ref >= 0 && ref < list.length
      ? ref
      : -1
    : list.findIndex((x) => x.name === ref);
}

const fits = (m: Mutable, group: string | undefined, clique: string) =>
  (m.name?.length ?? 0) + (group?.length ?? 0) + clique.length <= 45;

function groupOf(m: Mutable, clique: string): SimpleGroup | undefined {
  return m.groups.find((g) => g.cliqueNames.includes(clique));
}

function okCliqueName(m: Mutable, name: string, group: string | undefined): boolean {
  return isDns1123Label(name) && !m.cliques.some((c) => c.name === name) && fits(m, group, name);
}

function without(m: Mutable, clique: string, inStartsAfter: boolean): void {
  m.groups = m.groups.map((g) => ({ ...g, cliqueNames: g.cliqueNames.filter((n) => n !== clique) }));
  if (inStartsAfter)
    m.cliques = m.cliques.map((c) => ({ ...c, startsAfter: c.startsAfter.filter((n) => n !== clique) }));
}

/** True when clique `from` waits, directly or not, for `to`. */
export function waitsFor(m: SimpleModel, from: string, to: string, seen = new Set<string>()): boolean {
  if (from === to) return true;
  if (seen.has(from)) return false;
  seen.add(from);
  return (m.cliques.find((c) => c.name === from)?.startsAfter ?? []).some((p) => waitsFor(m, p, to, seen));
}

function set<T>(list: T[], i: number, change: Partial<T>, drop?: keyof T): T[] {
  return list.map((x, k) => {
    if (k !== i) return x;
    const next = { ...x, ...change };
    if (drop !== undefined) delete next[drop];
    return next;
  });
}

/**
 * The model after `command`, or REFUSED. `addedName` is the name the implementation chose when the
 * command left it open (the caller reads it from the result and this checks it is a fair choice).
 */
export function expected(model: SimpleModel, command: EditCommand, addedName?: string): Outcome {
  const m: Mutable = { ...model, cliques: [...model.cliques], groups: [...model.groups] };
  switch (command.type) {
    case 'addClique': {
      const g = command.group === undefined ? -1 : find(m.groups, command.group);
      if (command.group !== undefined && g === -1) return REFUSED;
      const name = command.name ?? addedName;
      const group = g === -1 ? undefined : m.groups[g]!.name;
      if (name === undefined || !okCliqueName(m, name, group)) return REFUSED;
      const index = command.index ?? m.cliques.length;
      if (index < 0 || index > m.cliques.length) return REFUSED;
      m.cliques.splice(index, 0, { name, replicas: 1, startsAfter: [] });
      if (g !== -1) m.groups = set(m.groups, g, { cliqueNames: [...m.groups[g]!.cliqueNames, name] });
      return m;
    }
    case 'removeClique': {
      const i = find(m.cliques, command.clique);
      if (i === -1 || m.cliques.length === 1) return REFUSED;
      const [gone] = m.cliques.splice(i, 1);
      if (gone!.name !== undefined && !m.cliques.some((c) => c.name === gone!.name))
        without(m, gone!.name, true);
      return m;
    }
    case 'renameClique': {
      const i = find(m.cliques, command.clique);
      if (i === -1) return REFUSED;
      const old = m.cliques[i]!.name;
      if (old === command.to) return m;
      if (!okCliqueName(m, command.to, old === undefined ? undefined : groupOf(m, old)?.name)) return REFUSED;
      m.cliques = set(m.cliques, i, { name: command.to });
      if (old === undefined || m.cliques.some((c) => c.name === old)) return m;
      const swap = (n: string) => (n === old ? command.to : n);
      m.groups = m.groups.map((g) => ({ ...g, cliqueNames: g.cliqueNames.map(swap) }));
      m.cliques = m.cliques.map((c) => ({ ...c, startsAfter: c.startsAfter.map(swap) }));
      return m;
    }
    case 'moveClique': {
      const i = find(m.cliques, command.clique);
      if (i === -1 || command.toIndex < 0 || command.toIndex >= m.cliques.length) return REFUSED;
      m.cliques.splice(command.toIndex, 0, ...m.cliques.splice(i, 1));
      return m;
    }
    case 'addScalingGroup': {
      const cliques = [...new Set(command.cliques ?? [])];
      const name = command.name ?? addedName;
      if (name === undefined || !isDns1123Label(name) || m.groups.some((g) => g.name === name))
        return REFUSED;
      if (cliques.some((c) => find(m.cliques, c) === -1 || !fits(m, name, c))) return REFUSED;
      for (const c of cliques) without(m, c, false);
      m.groups.push({
        name,
        cliqueNames: cliques,
        ...(command.replicas !== undefined ? { replicas: command.replicas } : {}),
      });
      return m;
    }
    case 'removeScalingGroup': {
      const g = find(m.groups, command.group);
      if (g === -1) return REFUSED;
      m.groups.splice(g, 1);
      return m;
    }
    case 'renameScalingGroup': {
      const g = find(m.groups, command.group);
      if (g === -1) return REFUSED;
      if (m.groups[g]!.name === command.to) return m;
      if (!isDns1123Label(command.to) || m.groups.some((x) => x.name === command.to)) return REFUSED;
      if (m.groups[g]!.cliqueNames.some((c) => !fits(m, command.to, c))) return REFUSED;
      m.groups = set(m.groups, g, { name: command.to });
      return m;
    }
    case 'setCliqueGroup': {
      const i = find(m.cliques, command.clique);
      const g = command.group === null ? -1 : find(m.groups, command.group);
      const name = i === -1 ? undefined : m.cliques[i]!.name;
      if (name === undefined || (command.group !== null && g === -1)) return REFUSED;
      const target = g === -1 ? undefined : m.groups[g]!;
      if (!fits(m, target?.name, name)) return REFUSED;
      const already = target?.cliqueNames.includes(name) ?? false;
      m.groups = m.groups.map((x) =>
        x === target ? x : { ...x, cliqueNames: x.cliqueNames.filter((n) => n !== name) },
      );
      if (target && !already) m.groups = set(m.groups, g, { cliqueNames: [...target.cliqueNames, name] });
      return m;
    }
    case 'setCliqueReplicas':
    case 'setCliqueMinAvailable': {
      const i = find(m.cliques, command.clique);
      if (i === -1) return REFUSED;
      if (command.type === 'setCliqueReplicas') m.cliques = set(m.cliques, i, { replicas: command.replicas });
      else if (command.minAvailable === null) m.cliques = set(m.cliques, i, {}, 'minAvailable');
      else m.cliques = set(m.cliques, i, { minAvailable: command.minAvailable });
      return m;
    }
    case 'setGroupReplicas':
    case 'setGroupMinAvailable': {
      const g = find(m.groups, command.group);
      if (g === -1) return REFUSED;
      const key = command.type === 'setGroupReplicas' ? 'replicas' : 'minAvailable';
      const value = command.type === 'setGroupReplicas' ? command.replicas : command.minAvailable;
      m.groups = value === null ? set(m.groups, g, {}, key) : set(m.groups, g, { [key]: value });
      return m;
    }
    case 'setReplicas':
      return { ...m, replicas: command.replicas };
    case 'addStartsAfter': {
      const i = find(m.cliques, command.clique);
      const name = i === -1 ? undefined : m.cliques[i]!.name;
      if (name === undefined || find(m.cliques, command.after) === -1 || command.after === name)
        return REFUSED;
      if (m.cliques[i]!.startsAfter.includes(command.after)) return m;
      if (waitsFor(m, command.after, name)) return REFUSED;
      m.cliques = set(m.cliques, i, { startsAfter: [...m.cliques[i]!.startsAfter, command.after] });
      return m;
    }
    case 'removeStartsAfter': {
      const i = find(m.cliques, command.clique);
      if (i === -1) return REFUSED;
      m.cliques = set(m.cliques, i, {
        startsAfter: m.cliques[i]!.startsAfter.filter((n) => n !== command.after),
      });
      return m;
    }
    default:
      return m;
  }
}
