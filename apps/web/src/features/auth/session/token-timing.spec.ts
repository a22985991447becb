import { describe, expect, it } from 'vitest';
import { fakeAccessToken } from '../../../test/fake-api';
import { jwtLifetimeMs, tokenTiming } from './token-timing';

describe('token timing', () => {
  it('reads the lifetime a JWT declares', () => {
    expect(jwtLifetimeMs(fakeAccessToken(900))).toBe(900_000);
    expect(jwtLifetimeMs('not-a-jwt')).toBeNull();
    expect(jwtLifetimeMs('a.!!!.c')).toBeNull();
  });

  it('refreshes a minute before expiry, measured from arrival, whatever the device clock says', () => {
    const receivedAt = Date.parse('2020-01-01T00:00:00Z'); // a phone whose clock is years behind
    const serverExpiry = '2026-11-27T19:15:00Z';
    const timing = tokenTiming(fakeAccessToken(900), serverExpiry, receivedAt);
    expect(timing.expiresAt - receivedAt).toBe(900_000);
    expect(timing.refreshAt - receivedAt).toBe(840_000);
  });

  it('falls back to the server expiry when the token declares no lifetime, and refreshes half-way for short ones', () => {
    const receivedAt = 1_000_000;
    const timing = tokenTiming('opaque', new Date(receivedAt + 60_000).toISOString(), receivedAt);
    expect(timing.expiresAt).toBe(receivedAt + 60_000);
    expect(timing.refreshAt).toBe(receivedAt + 30_000);
  });

  it('never schedules a refresh in the past for an already-expired answer', () => {
    const timing = tokenTiming('opaque', '2000-01-01T00:00:00Z', 5_000_000);
    expect(timing.refreshAt).toBeGreaterThan(5_000_000);
  });
});
