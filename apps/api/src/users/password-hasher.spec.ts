import { PasswordHasher } from './password-hasher';

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher({ scryptLogN: 10 });

  it('verifies the password it hashed and nothing else', async () => {
    const stored = await hasher.hash('correct horse battery');
    expect(stored).toMatch(/^scrypt\$ln=10,r=8,p=1\$[\w-]+\$[\w-]+$/);
    await expect(hasher.verify('correct horse battery', stored)).resolves.toBe(true);
    await expect(hasher.verify('correct horse batterY', stored)).resolves.toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hasher.hash('same password')).not.toBe(await hasher.hash('same password'));
  });

  it('treats canonically equivalent Unicode as the same password', async () => {
    const stored = await hasher.hash('ẹ̀kọ́ ni ìmọ̀'.normalize('NFC'));
    await expect(hasher.verify('ẹ̀kọ́ ni ìmọ̀'.normalize('NFD'), stored)).resolves.toBe(true);
  });

  it('keeps verifying hashes made with another cost', async () => {
    const older = await new PasswordHasher({ scryptLogN: 11 }).hash('pass phrase one');
    await expect(hasher.verify('pass phrase one', older)).resolves.toBe(true);
  });

  it('rejects malformed stored values', async () => {
    await expect(hasher.verify('x', 'plain-text')).resolves.toBe(false);
  });

  it('bounds concurrent hashes without losing any', async () => {
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => hasher.hash(`password number ${i}`)));
    expect(new Set(results).size).toBe(6);
  });
});
