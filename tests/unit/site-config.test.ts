import { describe, expect, it } from 'vitest';
import { contactAddress } from '../../src/site-config.ts';

describe('the contact address (FORUM_CONTACT)', () => {
  it('is absent when the variable is unset or empty: the contact page then says none is configured', () => {
    expect(contactAddress(undefined)).toBeUndefined();
    expect(contactAddress('')).toBeUndefined();
    expect(contactAddress('   ')).toBeUndefined();
  });

  it('is the e-mail address given, without surrounding spaces', () => {
    expect(contactAddress(' secretariat@archive.example ')).toBe('secretariat@archive.example');
  });

  it('stops the build on something that is not an e-mail address, saying what was given and what to do', () => {
    expect(() => contactAddress('secretariat at archive.example')).toThrow(
      'FORUM_CONTACT is "secretariat at archive.example", which is not an e-mail address. Set it to the address readers should write to (for example FORUM_CONTACT=secretariat@your.host), or leave it unset: the contact page then says that no address is configured.',
    );
    expect(() => contactAddress('mailto:secretariat@archive.example')).toThrow(/not an e-mail address/);
  });
});
