import { Inject, Injectable } from '@nestjs/common';
import { SETTINGS, Settings } from '@sankofa/config';
import { Role } from '@sankofa/domain';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsersService } from '../users/users.service';

export interface DemoAccount {
  role: Role;
  email: string;
  displayName: string;
  password: string;
}

const DEMO_PEOPLE: ReadonlyArray<Omit<DemoAccount, 'password'>> = [
  { role: Role.ADMIN, email: 'admin@demo.sankofa.local', displayName: 'Ama Mensah' },
  { role: Role.INSTRUCTOR, email: 'instructor@demo.sankofa.local', displayName: 'Kofi Boateng' },
  { role: Role.LEARNER, email: 'learner@demo.sankofa.local', displayName: 'Zawadi Otieno' },
];

/**
 * Demo accounts exist in embedded mode only. Passwords are random, printed once when created,
 * and kept (mode 0600) in the data folder for later look-up.
 */
@Injectable()
export class DemoAccounts {
  constructor(
    private readonly users: UsersService,
    @Inject(SETTINGS) private readonly settings: Settings,
  ) {}

  get file(): string {
    return path.join(this.settings.dataDir, 'demo-accounts.json');
  }

  /** Creates the demo accounts that are missing; returns those created now. */
  async seed(): Promise<DemoAccount[]> {
    if (this.settings.production) throw new Error('Demo accounts are never created in production (NODE_ENV=production).');
    const kept = this.read();
    const created: DemoAccount[] = [];
    for (const person of DEMO_PEOPLE) {
      if (await this.users.findByEmail(person.email)) continue;
      const account = { ...person, password: randomBytes(12).toString('base64url') };
      await this.users.create({ ...account, locale: 'en' });
      created.push(account);
    }
    if (created.length) {
      const all = [...kept.filter((k) => !created.some((c) => c.email === k.email)), ...created];
      fs.mkdirSync(this.settings.dataDir, { recursive: true });
      fs.writeFileSync(this.file, JSON.stringify(all, null, 2) + '\n', { mode: 0o600 });
    }
    return created;
  }

  private read(): DemoAccount[] {
    try {
      return JSON.parse(fs.readFileSync(this.file, 'utf8')) as DemoAccount[];
    } catch {
      return [];
    }
  }
}
