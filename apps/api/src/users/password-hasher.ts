import { Inject, Injectable } from '@nestjs/common';
import { SETTINGS, Settings } from '@sankofa/config';
import { randomBytes, scrypt as scryptCb, ScryptOptions, timingSafeEqual } from 'node:crypto';

const KEY_LENGTH = 64;
const R = 8;
const P = 1;
/** scrypt needs 128·N·r bytes; at N=2^17 that is 128 MiB, above Node's 32 MiB default. */
const MAX_MEMORY = 256 * 1024 * 1024;
/** Each hash holds ~128 MiB and ~0.9 s of CPU: bound how many run at once. */
const MAX_CONCURRENT_HASHES = 2;

function scrypt(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => scryptCb(password.normalize('NFC'), salt, KEY_LENGTH, options, (err, key) => (err ? reject(err) : resolve(key))));
}

/**
 * Memory-hard password hashing with scrypt from node:crypto, stored as
 * `scrypt$ln=<log2 N>,r=<r>,p=<p>$<salt>$<hash>` (base64url) so the cost can grow later while
 * old hashes keep verifying.
 */
@Injectable()
export class PasswordHasher {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(@Inject(SETTINGS) private readonly settings: Pick<Settings, 'scryptLogN'>) {}

  async hash(password: string): Promise<string> {
    const logN = this.settings.scryptLogN;
    const salt = randomBytes(16);
    const key = await this.limited(() => scrypt(password, salt, { N: 2 ** logN, r: R, p: P, maxmem: MAX_MEMORY }));
    return `scrypt$ln=${logN},r=${R},p=${P}$${salt.toString('base64url')}$${key.toString('base64url')}`;
  }

  async verify(password: string, stored: string): Promise<boolean> {
    const match = /^scrypt\$ln=(\d+),r=(\d+),p=(\d+)\$([\w-]+)\$([\w-]+)$/.exec(stored);
    if (!match) return false;
    const [, ln, r, p, salt, hash] = match;
    const expected = Buffer.from(hash, 'base64url');
    const key = await this.limited(() => scrypt(password, Buffer.from(salt, 'base64url'), { N: 2 ** Number(ln), r: Number(r), p: Number(p), maxmem: MAX_MEMORY }));
    return key.length === expected.length && timingSafeEqual(key, expected);
  }

  /** Spends the same work as a real verification, so unknown e-mails cannot be told apart by timing. */
  async verifyAgainstNothing(password: string): Promise<false> {
    await this.limited(() => scrypt(password, randomBytes(16), { N: 2 ** this.settings.scryptLogN, r: R, p: P, maxmem: MAX_MEMORY }));
    return false;
  }

  private async limited<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= MAX_CONCURRENT_HASHES) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
    try {
      return await work();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }
}
