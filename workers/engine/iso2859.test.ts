import { describe, expect, it } from 'vitest';

import { acceptanceNumber, sampleSize } from './iso2859';

describe('ISO 2859-1, general inspection level II, normal inspection', () => {
  it('picks the sample size from the lot size', () => {
    expect(sampleSize(3_200)).toBe(125);
    expect(sampleSize(3_201)).toBe(200);
    expect(sampleSize(10_000)).toBe(200);
    expect(sampleSize(10_001)).toBe(315);
    expect(sampleSize(200_000)).toBe(800);
    expect(sampleSize(1_000_000)).toBe(1_250);
    expect(sampleSize(5)).toBe(2);
    expect(sampleSize(1)).toBe(1);
  });

  it('reproduces the master table acceptance numbers', () => {
    expect(acceptanceNumber(200, 0.25)).toBe(1);
    expect(acceptanceNumber(200, 0.65)).toBe(3);
    expect(acceptanceNumber(200, 1.0)).toBe(5);
    expect(acceptanceNumber(200, 2.5)).toBe(10);
    expect(acceptanceNumber(500, 0.65)).toBe(7);
    expect(acceptanceNumber(500, 1.0)).toBe(10);
  });
});
