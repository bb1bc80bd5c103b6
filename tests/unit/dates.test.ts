import { describe, expect, it } from 'vitest';
import { formatDate, formatDateOrRange } from '../../src/utils/dates.ts';

describe('dates for readers', () => {
  it('shows only the precision the source gives', () => {
    expect(formatDate('2023', 'en-GB')).toBe('2023');
    expect(formatDate('2023-09', 'en-GB')).toBe('September 2023');
    expect(formatDate('2023-09-20', 'en-GB')).toBe('20 September 2023');
  });
  it('never shifts a calendar date with the time zone', () => {
    const tz = process.env.TZ;
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      process.env.TZ = zone;
      expect(formatDate('2024-09-08', 'en-GB')).toBe('8 September 2024');
    }
    process.env.TZ = tz;
  });
  it('collapses a range where the language allows it', () => {
    expect(formatDateOrRange({ from: '2024-09-08', to: '2024-09-10' }, 'fr-FR')).toBe('8–10 septembre 2024');
  });
  it('writes a Chinese range in Chinese style, the end dropping what it shares with the start', () => {
    expect(formatDateOrRange({ from: '2024-09-08', to: '2024-09-10' }, 'zh-CN')).toBe('2024年9月8日至10日');
    expect(formatDateOrRange({ from: '2024-09-28', to: '2024-10-02' }, 'zh-CN')).toBe('2024年9月28日至10月2日');
    expect(formatDateOrRange({ from: '2024-12-30', to: '2025-01-02' }, 'zh-CN')).toBe('2024年12月30日至2025年1月2日');
    expect(formatDateOrRange({ from: '2024-09', to: '2024-10' }, 'zh-CN')).toBe('2024年9月至10月');
  });
  it("keeps Intl's own collapsed range in the other languages", () => {
    expect(formatDateOrRange({ from: '2024-09-08', to: '2024-09-10' }, 'en-GB')).toMatch(/^8\s–\s10 September 2024$/);
    expect(formatDateOrRange({ from: '2024-09-08', to: '2024-09-10' }, 'ar')).toBe('8–10 سبتمبر 2024');
  });
});
