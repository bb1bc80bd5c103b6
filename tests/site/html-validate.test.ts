import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../../src/build/links.ts';

describe('valid HTML (html-validate, config in .htmlvalidate.json)', () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  for (const root of ['dist', 'tests/.out/fixture-dist']) {
    it(`every page of ${root} has zero errors`, async () => {
      const errors: string[] = [];
      for (const file of htmlFiles(root)) {
        const report = await validator.validateFile(file);
        for (const r of report.results)
          for (const m of r.messages) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
      expect(errors).toEqual([]);
    });
  }
});
