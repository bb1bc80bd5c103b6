import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';

const contactOf = (value: string) => parseConfig({ FORUM_CONTACT: value });

describe('the contact address (FORUM_CONTACT)', () => {
  it('is absent when the variable is unset or empty: the contact page then says none is configured', () => {
    expect(parseConfig({}).config?.contact).toBeUndefined();
    expect(contactOf('').config?.contact).toBeUndefined();
    expect(contactOf('   ').config?.contact).toBeUndefined();
  });

  it('is the e-mail address given, without surrounding spaces', () => {
    expect(contactOf(' secretariat@archive.example ').config?.contact).toBe('secretariat@archive.example');
  });

  it('stops the build on something that is not an e-mail address, saying what was given and what to do', () => {
    expect(contactOf('secretariat at archive.example').problems).toEqual([
      'FORUM_CONTACT="secretariat at archive.example" is not an e-mail address: set it to the address readers should write to (for example FORUM_CONTACT=secretariat@your.host), or leave it unset: the contact page then says that no address is configured',
    ]);
    expect(contactOf('mailto:secretariat@archive.example').problems).toEqual([
      expect.stringMatching(/^FORUM_CONTACT="mailto:secretariat@archive.example" is not an e-mail address/),
    ]);
  });
});
