import { describe, expect, it } from 'vitest';
import { seedText } from '../test-support/samples';
import { clique, lintText, only, pcs } from './fixture';
import { isSuffixOfSome } from './suffix';

describe('clique-name-suffix', () => {
  it('reports a clique whose name an earlier clique name ends (worker before pworker)', () => {
    const text = pcs('app', `cliques:\n${clique('worker')}\n${clique('pworker')}`);
    const [finding, ...rest] = only(lintText(text), 'clique-name-suffix');
    expect(rest).toEqual([]);
    expect(finding!.path).toBe('spec.template.cliques[1].name');
    expect(finding!.message).toContain('from the template of "worker"');
    expect(finding!.message).toContain('"app-0-pworker"');
  });

  it('accepts the same names when the longer one comes first', () => {
    const text = pcs('app', `cliques:\n${clique('pworker')}\n${clique('worker')}`);
    expect(only(lintText(text), 'clique-name-suffix')).toEqual([]);
  });

  it('reports an earlier name that ends the generated name through the replica index', () => {
    // "0-worker" ends "app-0-worker", the PodClique of clique "worker" in replica 0.
    const text = pcs('app', `cliques:\n${clique('x0-worker')}\n${clique('0-worker')}\n${clique('worker')}`);
    expect(only(lintText(text), 'clique-name-suffix').map((f) => f.path)).toEqual([
      'spec.template.cliques[2].name',
    ]);
  });

  it('accepts the seed', () => {
    expect(only(lintText(seedText), 'clique-name-suffix')).toEqual([]);
  });
});

describe('isSuffixOfSome', () => {
  const parts = ['app', '-', { max: 12n }, '-'];
  it.each([
    ['0-', true],
    ['12-', true],
    ['13-', false],
    ['p-12-', true],
    ['2-', true],
    ['02-', false],
    ['app-3-', true],
    ['xapp-3-', false],
    ['', true],
  ])('"%s" ends some "app-<0..12>-": %s', (text, expected) => {
    expect(isSuffixOfSome(text, parts)).toBe(expected);
  });
});
