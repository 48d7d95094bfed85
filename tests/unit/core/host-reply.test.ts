import { describe, expect, it } from 'vitest';
import { unwrapHostReply } from '../../../core/host/host-reply';
import { HostError } from '../../../core/host/host-error';

describe('unwrapHostReply', () => {
  it('gives back the value of a successful reply', () => {
    expect(unwrapHostReply({ ok: true, value: { notes: [] } })).toEqual({ notes: [] });
  });

  it('throws the reply’s error as a HostError with its code', () => {
    const attempt = () => unwrapHostReply({ ok: false, error: { code: 'not-found', message: 'Gone.' } });
    expect(attempt).toThrow(HostError);
    expect(attempt).toThrow('Gone.');
  });

  it('refuses a reply of the wrong shape', () => {
    expect(() => unwrapHostReply('<html>')).toThrow(HostError);
    expect(() => unwrapHostReply({ ok: false, error: { code: 'made-up', message: 'x' } })).toThrow('could not read');
  });
});
