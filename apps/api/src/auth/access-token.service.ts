import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { SETTINGS, Settings } from '@sankofa/config';
import { createSecretKey, type KeyObject } from 'node:crypto';

interface AccessClaims {
  sub: string;
  typ: 'access';
}

/** Short-lived JWT access tokens (HS256). Kept in memory by clients, sent as a Bearer header. */
@Injectable()
export class AccessTokenService {
  /**
   * Made once: given a string or bytes, jsonwebtoken first tries them as a public key on every
   * call. It takes a KeyObject too, though the Nest wrapper types the option as a string.
   */
  private readonly key: KeyObject;

  constructor(
    private readonly jwt: JwtService,
    @Inject(SETTINGS) private readonly settings: Settings,
  ) {
    this.key = createSecretKey(Buffer.from(settings.jwtSecret, 'utf8'));
  }

  async issue(userId: string): Promise<{ accessToken: string; accessTokenExpiresAt: Date }> {
    const ttl = this.settings.accessTokenTtlSeconds;
    const accessToken = await this.jwt.signAsync({ sub: userId, typ: 'access' } satisfies AccessClaims, {
      secret: this.key as unknown as string,
      algorithm: 'HS256',
      expiresIn: ttl,
    });
    // The token's own exp is in whole seconds; report the same instant.
    const exp = Math.floor(Date.now() / 1000) + ttl;
    return { accessToken, accessTokenExpiresAt: new Date(exp * 1000) };
  }

  /** The user id of a valid `Bearer` value, or null for anything missing, malformed or expired. */
  async verify(authorization: string | undefined): Promise<string | null> {
    const match = /^Bearer ([A-Za-z0-9_\-.]+)$/.exec(authorization?.trim() ?? '');
    if (!match) return null;
    try {
      const claims = await this.jwt.verifyAsync<AccessClaims>(match[1], { secret: this.key as unknown as string, algorithms: ['HS256'] });
      return claims.typ === 'access' && typeof claims.sub === 'string' ? claims.sub : null;
    } catch {
      return null;
    }
  }
}
