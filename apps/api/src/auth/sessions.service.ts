import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { SETTINGS, Settings } from '@sankofa/config';
import { SessionEntity } from '@sankofa/db';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { IsNull, Repository } from 'typeorm';

export interface IssuedRefreshToken {
  token: string;
  expiresAt: Date;
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Refresh tokens: opaque, 256 random bits, stored as SHA-256, rotated on every use. A token
 * presented after it was rotated means it leaked: the whole family (that sign-in) is revoked.
 */
@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @Inject(SETTINGS) private readonly settings: Settings,
  ) {}

  async start(userId: string): Promise<IssuedRefreshToken> {
    return this.issue(userId, randomUUID());
  }

  /** Exchanges a valid refresh token for a new one; returns the user id, or null if refused. */
  async rotate(token: string): Promise<{ userId: string; next: IssuedRefreshToken } | null> {
    const session = await this.sessions.findOneBy({ tokenHash: hashToken(token) });
    if (!session) return null;
    if (session.revokedAt) {
      await this.revokeFamily(session.familyId);
      return null;
    }
    if (session.expiresAt.getTime() <= Date.now()) return null;
    // Conditional update: of two concurrent uses of one token, exactly one wins.
    const { affected } = await this.sessions.update({ id: session.id, revokedAt: IsNull() }, { revokedAt: new Date() });
    if (!affected) {
      await this.revokeFamily(session.familyId);
      return null;
    }
    return { userId: session.userId, next: await this.issue(session.userId, session.familyId) };
  }

  /** Signs out the session the token belongs to (unknown tokens are ignored). */
  async end(token: string): Promise<void> {
    const session = await this.sessions.findOneBy({ tokenHash: hashToken(token) });
    if (session) await this.revokeFamily(session.familyId);
  }

  private async issue(userId: string, familyId: string): Promise<IssuedRefreshToken> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.settings.refreshTokenTtlDays * 86_400_000);
    await this.sessions.insert({ userId, familyId, tokenHash: hashToken(token), expiresAt, revokedAt: null });
    return { token, expiresAt };
  }

  private async revokeFamily(familyId: string): Promise<void> {
    await this.sessions.update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
