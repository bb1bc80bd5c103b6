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
  it('spells out both ends of a Chinese range instead of ICU\'s numeric fallback', () => {
    const zh = formatDateOrRange({ from: '2024-09-08', to: '2024-09-10' }, 'zh-CN');
    expect(zh).not.toContain('/');
    expect(zh).toContain('2024年9月8日');
    expect(zh).toContain('9月10日');
  });
});
