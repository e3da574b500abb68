import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, milliValue, sum, times, value } from './arithmetic';
import { formatQuantity } from './format';
import { parseQuantity, quantity } from './quantity';

const canonical = (text: string) => formatQuantity(quantity(text));

describe('parsing quantities', () => {
  it.each([
    ['500m', 500_000_000n, 'DecimalSI'],
    ['1Gi', 1_073_741_824n * 1_000_000_000n, 'BinarySI'],
    ['2', 2_000_000_000n, 'DecimalSI'],
    ['1e3', 1_000n * 1_000_000_000n, 'DecimalExponent'],
    ['0.5', 500_000_000n, 'DecimalSI'],
    ['1.5Gi', 1_610_612_736n * 1_000_000_000n, 'BinarySI'],
    ['100M', 100_000_000n * 1_000_000_000n, 'DecimalSI'],
    ['1Ki', 1_024n * 1_000_000_000n, 'BinarySI'],
    ['2E', 2_000_000_000_000_000_000n * 1_000_000_000n, 'DecimalSI'],
    ['1E3', 1_000n * 1_000_000_000n, 'DecimalExponent'],
    ['.5', 500_000_000n, 'DecimalSI'],
    ['1.', 1_000_000_000n, 'DecimalSI'],
    ['+3', 3_000_000_000n, 'DecimalSI'],
    ['-250m', -250_000_000n, 'DecimalSI'],
    ['7n', 7n, 'DecimalSI'],
    ['12u', 12_000n, 'DecimalSI'],
    ['1e-3', 1_000_000n, 'DecimalExponent'],
  ])('%s is exactly %d nano-units in %s notation', (text, nano, format) => {
    expect(parseQuantity(text)).toEqual({ ok: true, quantity: { nano, format } });
  });

  it('rounds values finer than 1n up, away from zero, as Kubernetes does', () => {
    expect(quantity('0.1n').nano).toBe(1n);
    expect(quantity('-0.1n').nano).toBe(-1n);
    expect(quantity('1e-12').nano).toBe(1n);
  });

  it('caps binary values at 2^63-1 like the API server', () => {
    expect(canonical('8Ei')).toBe('9223372036854775807');
  });

  it('reads YAML numbers as the digits kubectl sends', () => {
    expect(parseQuantity(2)).toEqual({ ok: true, quantity: { nano: 2_000_000_000n, format: 'DecimalSI' } });
    expect(parseQuantity(0.5)).toEqual({ ok: true, quantity: { nano: 500_000_000n, format: 'DecimalSI' } });
    expect(parseQuantity(0.1)).toEqual({ ok: true, quantity: { nano: 100_000_000n, format: 'DecimalSI' } });
    // JSON writes 1e21 in exponent form, and the API server keeps that notation.
    const big = parseQuantity(1e21);
    expect(big.ok && formatQuantity(big.quantity)).toBe('1e21');
  });

  it.each([
    ['', 'empty'],
    ['abc', 'expected a number'],
    ['1.2.3', 'expected a number'],
    ['1Gb', '`Gb` is not a unit'],
    ['1gi', '`gi` is not a unit'],
    ['1 Gi', 'expected a number'],
    [' 1', 'spaces'],
    ['1e1.5', 'whole number'],
    ['1e999', 'out of range'],
    ['Gi', 'expected a number'],
    ['--1', 'expected a number'],
    ['0x10', 'expected a number'],
  ])('refuses %j with a reason', (text, reason) => {
    const result = parseQuantity(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });

  it.each([
    [true, 'not boolean'],
    [null, 'no value'],
    [[1], 'not a list'],
    [{ cpu: 1 }, 'not object'],
    [Number.NaN, 'NaN is not a quantity'],
    [Number.POSITIVE_INFINITY, 'Infinity is not a quantity'],
  ])('refuses the value %j', (input, reason) => {
    const result = parseQuantity(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });
});

describe('canonical form (as kubectl prints it)', () => {
  it.each([
    ['0', '0'],
    ['0m', '0'],
    ['1', '1'],
    ['1.5', '1500m'],
    ['1.5Gi', '1536Mi'],
    ['0.1', '100m'],
    ['100m', '100m'],
    ['1000m', '1'],
    ['1000', '1k'],
    ['1000000', '1M'],
    ['100M', '100M'],
    ['1024', '1024'],
    ['1Ki', '1Ki'],
    ['1024Ki', '1Mi'],
    ['2048Mi', '2Gi'],
    ['0.5Ki', '512'],
    ['1.5Ki', '1536'],
    ['1e3', '1e3'],
    ['1.5e3', '1500'],
    ['12e6', '12e6'],
    ['1e-3', '1e-3'],
    ['2E', '2E'],
    ['1000E', '1000E'],
    ['-0.5', '-500m'],
    ['1.0001m', '1000100n'],
    ['10u', '10u'],
    ['32Mi', '32Mi'],
    ['2Ti', '2Ti'],
  ])('%s prints as %s', (text, printed) => {
    expect(canonical(text)).toBe(printed);
  });
});

describe('exact arithmetic', () => {
  it('adds 0.1 and 0.2 to exactly 300m', () => {
    expect(formatQuantity(add(quantity('0.1'), quantity('0.2')))).toBe('300m');
  });

  it('sums 500m, 2 and 1e3 exactly, keeping the notation of the first term', () => {
    const total = sum(['500m', '2', '1e3'].map(quantity));
    expect(total.nano).toBe(1_002_500_000_000n);
    expect(formatQuantity(total)).toBe('1002500m');
    expect(formatQuantity(sum(['1e3', '500m'].map(quantity)))).toBe('1000500e-3');
  });

  it('multiplies by pod counts the guide uses: 13 pods of 10m and 32Mi', () => {
    expect(formatQuantity(times(quantity('10m'), 13))).toBe('130m');
    expect(formatQuantity(times(quantity('32Mi'), 13))).toBe('416Mi');
  });

  it('stays exact over a billion pods', () => {
    const cpu = times(quantity('500m'), 1_000_000_000n);
    expect(formatQuantity(cpu)).toBe('500M');
    const memory = times(quantity('1Gi'), 1_000_000_000);
    expect(memory.nano).toBe(1_073_741_824n * 1_000_000_000n * 1_000_000_000n);
    expect(formatQuantity(memory)).toBe('1000000000Gi');
    expect(formatQuantity(times(quantity('0.1'), 3_000_000_000n))).toBe('300M');
  });

  it('rounds up to scheduler units: millicores for cpu, whole units otherwise', () => {
    expect(milliValue(quantity('1n'))).toBe(1n);
    expect(milliValue(quantity('2'))).toBe(2000n);
    expect(value(quantity('500m'))).toBe(1n);
    expect(value(quantity('1Gi'))).toBe(1_073_741_824n);
  });

  it('prints what it parses: canonical text reads back as the same value', () => {
    const text = fc
      .tuple(
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        fc.nat({ max: 6 }),
        fc.constantFrom('', 'm', 'k', 'M', 'G', 'Ki', 'Mi', 'Gi', 'e3', 'e-2', 'u', 'n'),
      )
      .map(([digits, decimals, suffix]) => {
        const s = (digits < 0n ? -digits : digits).toString().padStart(decimals + 1, '0');
        const number = decimals ? `${s.slice(0, -decimals)}.${s.slice(-decimals)}` : s;
        return `${digits < 0n ? '-' : ''}${number}${suffix}`;
      });
    fc.assert(
      fc.property(text, (t) => {
        const q = quantity(t);
        const printed = formatQuantity(q);
        expect(quantity(printed).nano).toBe(q.nano);
        expect(printed).not.toContain('.');
      }),
    );
  });
});
