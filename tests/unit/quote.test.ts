import { describe, expect, it } from 'vitest';
import { getLanguage } from '../../src/i18n/languages.ts';
import { quoteTitle } from '../../src/utils/quote.ts';

const q = (lang: string, title: string) => quoteTitle(title, getLanguage(lang).quotes);

describe('titles in quotation marks', () => {
  it('turns quotes inside an English title into inner quotes', () => {
    expect(q('en', '"Public Security" Concept Document')).toBe('“‘Public Security’ Concept Document”');
  });
  it('never nests the same guillemets in Russian, Spanish and French', () => {
    expect(q('ru', 'Концептуальный документ «Общественная безопасность»')).toBe(
      '«Концептуальный документ „Общественная безопасность“»',
    );
    expect(q('es', 'Documento conceptual «Seguridad pública»')).toBe('«Documento conceptual “Seguridad pública”»');
    expect(q('fr', 'Document conceptuel « Sécurité publique »')).toBe('« Document conceptuel “Sécurité publique” »');
  });
  it('pairs straight quotes in an Arabic title as inner quotes', () => {
    expect(q('ar', 'الوثيقة المفاهيمية "الأمن العام"')).toBe('«الوثيقة المفاهيمية “الأمن العام”»');
  });
  it('leaves Chinese quotation marks inside book-title marks as they are', () => {
    expect(q('zh', '“公共安全”理念文件')).toBe('《“公共安全”理念文件》');
    expect(q('zh', '关于《数据安全》的说明')).toBe('《关于〈数据安全〉的说明》');
  });
  it('quotes a title without inner quotes plainly', () => {
    expect(q('en', 'Model Convention')).toBe('“Model Convention”');
  });
});
