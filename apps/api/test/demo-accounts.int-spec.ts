import { NestFactory } from '@nestjs/core';
import { testSettings } from '@sankofa/testing';
import * as fs from 'node:fs';
import { CliModule } from '../src/cli/cli.module';
import { DemoAccounts } from '../src/cli/demo-accounts';
import { ApiUnderTest, SIGN_IN } from './support/api-under-test';

describe('demo accounts (embedded mode)', () => {
  it('are created once with random passwords kept in the data folder, and can sign in', async () => {
    const api = await ApiUnderTest.start('sqlite');
    const cli = await NestFactory.createApplicationContext(CliModule.forRoot(api.settings), { logger: false });
    try {
      const demo = cli.get(DemoAccounts);
      const created = await demo.seed();
      expect(created.map((a) => a.role).sort()).toEqual(['ADMIN', 'INSTRUCTOR', 'LEARNER']);
      expect(new Set(created.map((a) => a.password)).size).toBe(3);
      expect(fs.statSync(demo.file).mode & 0o777).toBe(0o600);
      expect(JSON.parse(fs.readFileSync(demo.file, 'utf8'))).toEqual(created);
      expect(await demo.seed()).toEqual([]);
      for (const account of created) {
        const res = await api.gql<{ signIn: { user: { role: string } } }>(SIGN_IN, { input: { email: account.email, password: account.password } });
        expect(res.data?.signIn.user.role).toBe(account.role);
      }
    } finally {
      await cli.close();
      await api.stop();
    }
  });

  it('are never created in production', async () => {
    const cli = await NestFactory.createApplicationContext(CliModule.forRoot({ ...testSettings('sqlite'), production: true }), { logger: false });
    try {
      await expect(cli.get(DemoAccounts).seed()).rejects.toThrow(/never created in production/);
    } finally {
      await cli.close();
    }
  });
});
