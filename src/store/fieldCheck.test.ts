import { describe, expect, it } from 'vitest';
import { checkNumber } from './fieldCheck';

describe('the number-field check every tab uses', () => {
  it('rejects what is not a finite number, with the text it got', () => {
    expect(checkNumber('abc', { label: 'N', min: 1, integer: true })).toEqual({ ok: false, note: '"abc" is not a number.' });
    expect(checkNumber('', { label: 'N' })).toEqual({ ok: false, note: '"" is not a number.' });
    expect(checkNumber('1e999', { label: 'ε' })).toEqual({ ok: false, note: 'ε must be a finite number, not "1e999".' });
    expect(checkNumber('-Infinity', { label: 'ε' }).ok).toBe(false);
  });

  it('clamps to the range and says so', () => {
    expect(checkNumber('-5', { label: 'ε', min: 0.001, max: 1 })).toEqual({
      ok: true,
      value: 0.001,
      note: 'ε -5 is below the smallest allowed value, 0.001: it was set to 0.001.',
    });
    expect(checkNumber('7', { label: 'ε', min: 0.001, max: 1 })).toEqual({
      ok: true,
      value: 1,
      note: 'ε 7 is above the largest allowed value, 1: it was set to 1.',
    });
    expect(checkNumber(' 0.25 ', { label: 'ε', min: 0.001, max: 1 })).toEqual({ ok: true, value: 0.25, note: null });
  });

  it('rounds whole numbers and then clamps, saying both', () => {
    expect(checkNumber('2.6', { label: 'N', min: 1, integer: true })).toEqual({
      ok: true,
      value: 3,
      note: 'N must be a whole number: 2.6 was rounded to 3.',
    });
    expect(checkNumber('0.2', { label: 'N', min: 1, integer: true })).toEqual({
      ok: true,
      value: 1,
      note: 'N must be a whole number: 0.2 was rounded to 0; N 0 is below the smallest allowed value, 1: it was set to 1.',
    });
    expect(checkNumber('12000', { label: 'N', min: 1, max: 10000, integer: true })).toMatchObject({ ok: true, value: 10000 });
  });
});
