import { allRules } from '../../core/rules/registry';
import { closest } from '../../core/validate/schema/suggest';
import type { Expectation, Goal, NameRef } from '../goals/types';
import { clip, describe, type Reader } from './reader';

const NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
const NAME_SHAPE = 'a Kubernetes name (lower-case letters, digits, "-" and ".")';
const FLAGS = ['noErrors', 'noWarnings'] as const;
const PREDICATES = [
  'all',
  'any',
  'not',
  ...FLAGS,
  'noDiagnostic',
  'podCount',
  'podCliqueExists',
  'cliqueInGroup',
  'cliqueStandalone',
  'sameGroup',
  'groupMembers',
  'groupReplicas',
  'cliqueReplicas',
  'pcsReplicas',
  'hostnamesValid',
  'startsAfter',
  'answer',
] as const;
const EXPECTATIONS = ['isName', 'marksParts', 'picksScaledReplicas', 'oneOf'] as const;
const NAME_KINDS: readonly NameRef['kind'][] = [
  'podClique',
  'hostname',
  'pod',
  'podGang',
  'service',
  'scalingGroup',
];
const MAX_DEPTH = 8;
const codes = allRules.map((r) => r.code);

type Body = Goal | undefined;

function unknownGoal(r: Reader, at: string, key: string): undefined {
  const near = closest(key, PREDICATES);
  return r.fail(at, `unknown goal "${clip(key)}"${near ? `; did you mean "${near}"?` : ''}`);
}

/** Reads one goal: a flag (`noErrors`), a mapping with one predicate key (+ `say`), or a list (all of them). */
export function readGoal(r: Reader, at: string, value: unknown, depth = 0): Goal | undefined {
  if (depth > MAX_DEPTH) return r.fail(at, `goals nest at most ${MAX_DEPTH} deep`);
  if (Array.isArray(value)) {
    const goals = readGoals(r, at, value, depth);
    return goals && { kind: 'all', goals };
  }
  if (typeof value === 'string') {
    if ((FLAGS as readonly string[]).includes(value)) return { kind: value as (typeof FLAGS)[number] };
    return unknownGoal(r, at, value);
  }
  const map = r.object(at, value, 'a goal (a mapping such as "podCount: 13")');
  if (!map) return undefined;
  if ('answer' in map) return withSay(r, at, map, readAnswer(r, at, map));
  const keys = Object.keys(map).filter((k) => k !== 'say');
  if (keys.length !== 1) {
    const unknown = keys.find((k) => !(PREDICATES as readonly string[]).includes(k));
    const near = unknown && closest(unknown, PREDICATES);
    if (unknown)
      return r.fail(at, `unknown goal "${clip(unknown)}"${near ? `; did you mean "${near}"?` : ''}`);
    return r.fail(at, `a goal has exactly one predicate (and an optional "say"), found ${keys.length}`);
  }
  const key = keys[0]!;
  if (!(PREDICATES as readonly string[]).includes(key)) return unknownGoal(r, at, key);
  return withSay(r, at, map, readPredicate(r, `${at}.${key}`, key, map[key], depth));
}

function readGoals(r: Reader, at: string, value: unknown, depth: number): Goal[] | undefined {
  const list = r.list(at, value, 50);
  if (!list) return undefined;
  if (list.length === 0) return r.fail(at, 'a list of goals must not be empty');
  const goals = list.map((g, i) => readGoal(r, `${at}[${i}]`, g, depth + 1));
  return goals.every((g): g is Goal => g !== undefined) ? goals : undefined;
}

function withSay(r: Reader, at: string, map: Record<string, unknown>, body: Body): Goal | undefined {
  if (!body) return undefined;
  if (map['say'] === undefined) return body;
  const say = r.text(`${at}.say`, map['say'], 300);
  return say === undefined ? undefined : { ...body, say };
}

function name(r: Reader, at: string, value: unknown): string | undefined {
  return r.text(at, value, 253, NAME, NAME_SHAPE);
}

function fields(r: Reader, at: string, value: unknown, keys: readonly string[]) {
  const map = r.object(at, value);
  if (!map) return undefined;
  r.onlyKeys(at, map, keys);
  for (const key of keys) if (map[key] === undefined) r.fail(at, `"${key}" is missing`);
  return map;
}

function readPredicate(r: Reader, at: string, key: string, value: unknown, depth: number): Body {
  switch (key) {
    case 'all':
    case 'any': {
      const goals = readGoals(r, at, value, depth);
      return goals && { kind: key, goals };
    }
    case 'not': {
      const goal = readGoal(r, at, value, depth + 1);
      return goal && { kind: 'not', goal };
    }
    case 'noErrors':
    case 'noWarnings':
      return value === true ? { kind: key } : r.fail(at, `expected true, found ${describe(value)}`);
    case 'noDiagnostic': {
      const code = r.text(at, value, 100);
      if (code === undefined) return undefined;
      if (codes.includes(code)) return { kind: 'noDiagnostic', code };
      const near = closest(code, codes);
      return r.fail(at, `no rule has the code "${clip(code)}"${near ? `; did you mean "${near}"?` : ''}`);
    }
    case 'podCount':
    case 'pcsReplicas': {
      const equals = r.count(at, value);
      return equals === undefined ? undefined : { kind: key, equals };
    }
    case 'podCliqueExists': {
      const n = name(r, at, value);
      return n === undefined ? undefined : { kind: 'podCliqueExists', name: n };
    }
    case 'cliqueStandalone': {
      const clique = name(r, at, value);
      return clique === undefined ? undefined : { kind: 'cliqueStandalone', clique };
    }
    case 'sameGroup': {
      const list = r.list(at, value, 20);
      if (!list) return undefined;
      if (list.length < 2) return r.fail(at, 'name at least two cliques');
      const cliques = list.map((c, i) => name(r, `${at}[${i}]`, c));
      return cliques.every((c): c is string => c !== undefined) ? { kind: 'sameGroup', cliques } : undefined;
    }
    case 'cliqueInGroup':
      return readCliqueInGroup(r, at, value);
    case 'groupMembers':
    case 'groupReplicas': {
      const map = fields(r, at, value, ['group', 'equals']);
      const group = map && name(r, `${at}.group`, map['group']);
      const equals = map && r.count(`${at}.equals`, map['equals']);
      return group === undefined || equals === undefined ? undefined : { kind: key, group, equals };
    }
    case 'cliqueReplicas': {
      const map = fields(r, at, value, ['clique', 'equals']);
      const clique = map && name(r, `${at}.clique`, map['clique']);
      const equals = map && r.count(`${at}.equals`, map['equals']);
      return clique === undefined || equals === undefined ? undefined : { kind: key, clique, equals };
    }
    case 'hostnamesValid':
      return readHostnames(r, at, value);
    case 'startsAfter': {
      const map = fields(r, at, value, ['clique', 'after']);
      const clique = map && name(r, `${at}.clique`, map['clique']);
      const after = map && name(r, `${at}.after`, map['after']);
      return clique === undefined || after === undefined ? undefined : { kind: key, clique, after };
    }
  }
  return unknownGoal(r, at, key);
}

function readCliqueInGroup(r: Reader, at: string, value: unknown): Body {
  const map = r.object(at, value);
  if (!map) return undefined;
  r.onlyKeys(at, map, ['clique', 'group']);
  const clique = name(r, `${at}.clique`, map['clique']);
  const group = map['group'] === undefined ? null : name(r, `${at}.group`, map['group']);
  return clique === undefined || group === undefined ? undefined : { kind: 'cliqueInGroup', clique, group };
}

function readHostnames(r: Reader, at: string, value: unknown): Body {
  if (value === true) return { kind: 'hostnamesValid', atReplicas: null };
  const map = fields(r, at, value, ['atReplicas']);
  const atReplicas = map && r.count(`${at}.atReplicas`, map['atReplicas'], 1_000_000_000);
  if (atReplicas === 0) return r.fail(`${at}.atReplicas`, 'must be at least 1');
  return atReplicas === undefined ? undefined : { kind: 'hostnamesValid', atReplicas };
}

function readAnswer(r: Reader, at: string, map: Record<string, unknown>): Body {
  r.onlyKeys(at, map, ['answer', 'say', ...EXPECTATIONS]);
  const question = r.text(`${at}.answer`, map['answer'], 64);
  const given = EXPECTATIONS.filter((k) => map[k] !== undefined);
  if (given.length !== 1)
    return r.fail(
      at,
      `an answer goal needs exactly one of ${EXPECTATIONS.join(', ')}; found ${given.length}`,
    );
  const key = given[0]!;
  const expect = readExpectation(r, `${at}.${key}`, key, map[key]);
  return question === undefined || !expect ? undefined : { kind: 'answer', question, expect };
}

function readExpectation(r: Reader, at: string, key: string, value: unknown): Expectation | undefined {
  switch (key) {
    case 'marksParts':
      return value === true ? { kind: 'marksParts' } : r.fail(at, `expected true, found ${describe(value)}`);
    case 'picksScaledReplicas': {
      const group = name(r, at, value);
      return group === undefined ? undefined : { kind: 'picksScaledReplicas', group };
    }
    case 'oneOf': {
      const list = r.list(at, value, 20);
      const values = list?.map((v, i) => r.text(`${at}[${i}]`, v, 300));
      return values?.every((v): v is string => v !== undefined) && values.length > 0
        ? { kind: 'oneOf', values }
        : r.fail(at, 'list at least one accepted answer');
    }
    default:
      return readNameRef(r, at, value);
  }
}

function readNameRef(r: Reader, at: string, value: unknown): Expectation | undefined {
  const map = r.object(at, value);
  if (!map) return undefined;
  r.onlyKeys(at, map, ['kind', 'clique', 'group', 'pcsReplica', 'groupReplica', 'pod']);
  const kind = map['kind'];
  if (typeof kind !== 'string' || !(NAME_KINDS as readonly string[]).includes(kind))
    return r.fail(`${at}.kind`, `expected one of ${NAME_KINDS.join(', ')}, found ${describe(kind)}`);
  const clique = map['clique'] === undefined ? undefined : name(r, `${at}.clique`, map['clique']);
  const group = map['group'] === undefined ? undefined : name(r, `${at}.group`, map['group']);
  const index = (key: string) => (map[key] === undefined ? 0 : r.count(`${at}.${key}`, map[key]));
  const [pcsReplica, groupReplica, pod] = [index('pcsReplica'), index('groupReplica'), index('pod')];
  const byGroup = kind === 'scalingGroup' || kind === 'podGang';
  if (kind !== 'service' && map['clique'] === undefined && !(byGroup && map['group'] !== undefined))
    return r.fail(at, `a ${kind} name needs "clique"${byGroup ? ' or "group"' : ''}`);
  if (pcsReplica === undefined || groupReplica === undefined || pod === undefined) return undefined;
  const ref: NameRef = {
    kind: kind as NameRef['kind'],
    pcsReplica,
    groupReplica,
    pod,
    ...(clique !== undefined ? { clique } : {}),
    ...(group !== undefined ? { group } : {}),
  };
  return { kind: 'isName', name: ref };
}
