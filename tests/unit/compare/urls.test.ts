import { describe, expect, it } from 'vitest';
import { compareUrl, lineageCompareUrl } from '../../../src/utils/urls.ts';

describe('comparison URLs', () => {
  it('puts a revision comparison under the document, a then b', () => {
    expect(compareUrl('fr', '2023', 'data-security-consensus', 1, 2)).toBe(
      '/fr/2023/data-security-consensus/compare/1-2/',
    );
  });
  it('puts the lineage comparison beside it', () => {
    expect(lineageCompareUrl('ar', '2024', 'index-report')).toBe('/ar/2024/index-report/compare/lineage/');
  });
});
