import { describe, expect, it } from 'vitest';
import { parseGoDuration } from './duration';
import { envNameProblems, labelValueProblems, qualifiedNameProblems } from './names';
import { utf8Length } from './text';

describe('parseGoDuration (Go time.ParseDuration)', () => {
  const H = 3600e9;
  it.each([
    ['4h', 4 * H],
    ['4h0m0s', 4 * H],
    ['30m', 30 * 60e9],
    ['1h30m', 1.5 * H],
    ['1.5h', 1.5 * H],
    ['.5h', 0.5 * H],
    ['300ms', 300e6],
    ['2us', 2000],
    ['2µs', 2000],
    ['0', 0],
    ['0s', 0],
    ['-1m', -60e9],
    ['+2s', 2e9],
  ])('%s', (input, nanoseconds) => {
    expect(parseGoDuration(input)).toBeCloseTo(nanoseconds);
  });
  it.each([
    '',
    '4',
    '1',
    'h',
    '.h',
    '4 h',
    '4hours',
    'four hours',
    '1d',
    '-',
    '1h-5m',
    '1constructor',
    '3000000h',
  ])('refuses %j', (input) => {
    expect(parseGoDuration(input)).toBeUndefined();
  });
});

describe('Kubernetes name checks: one message per problem', () => {
  it.each([
    ['app', 0],
    ['example.com/app', 0],
    ['App_1.x', 0],
    ['bad key', 1],
    ['a/b/c', 1],
    ['/app', 1],
    ['example.com/', 2],
    ['Example.com/app', 1],
    ['x'.repeat(64), 1],
    ['', 2],
  ])('qualified name %j has %i problems', (name, count) => {
    expect(qualifiedNameProblems(name)).toHaveLength(count);
  });
  it.each([
    ['', 0],
    ['v1.2_3-x', 0],
    ['-x', 1],
    ['a b', 1],
    ['x'.repeat(64), 1],
    [`${'x'.repeat(63)}-`, 2],
  ])('label value %j has %i problems', (value, count) => {
    expect(labelValueProblems(value)).toHaveLength(count);
  });
  it.each([
    ['MY_VAR', 0],
    ['my.env-name', 0],
    ['_x', 0],
    ['1ST', 1],
    ['', 1],
    ['.', 1],
    ['..', 1],
    ['..x', 1],
    ['a b', 1],
  ])('env name %j has %i problems', (name, count) => {
    expect(envNameProblems(name)).toHaveLength(count);
  });
});

describe('utf8Length', () => {
  it('counts bytes as Go len() does', () => {
    expect(utf8Length('abc')).toBe(3);
    expect(utf8Length('é')).toBe(2);
    expect(utf8Length('€')).toBe(3);
    expect(utf8Length('😀')).toBe(4);
  });
});
