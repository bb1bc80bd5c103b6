import { describe, expect, it } from 'vitest';
import { facetCounts, parseTextFilterValue, textFilterValue, textsFound } from '../../src/search/tally.ts';

const consensus = textFilterValue({ key: '2023/data-security-consensus', edition: '2023', kind: 'consensus' });
const initiative = textFilterValue({ key: '2023/cooperation-initiative', edition: '2023', kind: 'initiative' });
const report = textFilterValue({ key: '2024/index-report', edition: '2024', kind: 'report' });

describe('counting search results as texts', () => {
  it('reads back the text a filter value names', () => {
    expect(parseTextFilterValue(consensus)).toEqual({
      key: '2023/data-security-consensus',
      edition: '2023',
      kind: 'consensus',
    });
  });
  it('counts a text found in six languages once', () => {
    const perLanguage = Array.from({ length: 6 }, () => ({ [consensus]: 1, [initiative]: 1, [report]: 0 }));
    expect(textsFound(perLanguage).map((t) => t.key)).toEqual([
      '2023/data-security-consensus',
      '2023/cooperation-initiative',
    ]);
  });
  it('counts a text found in one language only, and none that no language found', () => {
    expect(textsFound([{ [consensus]: 0, [report]: 0 }, { [report]: 1 }]).map((t) => t.key)).toEqual([
      '2024/index-report',
    ]);
    expect(textsFound([{}, { [report]: 0 }])).toEqual([]);
  });
  it('gives each edition and kind the number of texts it has, not of language versions', () => {
    const found = textsFound([
      { [consensus]: 1, [initiative]: 1 },
      { [consensus]: 1, [report]: 1 },
      { [consensus]: 1 },
    ]);
    expect(facetCounts(found)).toEqual({
      edition: { 2023: 2, 2024: 1 },
      kind: { consensus: 1, initiative: 1, report: 1 },
    });
  });
});
