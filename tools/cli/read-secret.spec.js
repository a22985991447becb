const { PassThrough } = require('node:stream');
const { editSecret, readSecret, Interrupted } = require('./read-secret');

describe('editSecret', () => {
  it('collects typed characters until Enter', () => {
    expect(editSecret('', 'pass')).toEqual({ value: 'pass', done: false, interrupted: false });
    expect(editSecret('pass', 'word\r')).toEqual({ value: 'password', done: true, interrupted: false });
    expect(editSecret('pass', 'word\n')).toMatchObject({ value: 'password', done: true });
  });

  it('ends at Ctrl-D and ignores what follows Enter in a pasted chunk', () => {
    expect(editSecret('abc', '\u0004')).toMatchObject({ value: 'abc', done: true });
    expect(editSecret('', 'secret\rtrailing')).toMatchObject({ value: 'secret', done: true });
  });

  it('deletes with Backspace, one character (not one UTF-16 unit) at a time', () => {
    expect(editSecret('abc', '\u007f')).toMatchObject({ value: 'ab' });
    expect(editSecret('ab', '\b\b\b')).toMatchObject({ value: '' });
    expect(editSecret('mot-de-passe-🔑', '\u007f')).toMatchObject({ value: 'mot-de-passe-' });
  });

  it('keeps non-ASCII characters (passwords in any language)', () => {
    expect(editSecret('', 'Ọ̀rọ̀-aṣínà')).toMatchObject({ value: 'Ọ̀rọ̀-aṣínà' });
  });

  it('is interrupted by Ctrl-C', () => {
    expect(editSecret('abc', '\u0003')).toMatchObject({ interrupted: true });
  });

  it('ignores arrow keys and other control characters', () => {
    expect(editSecret('abc', '\u001b[D')).toMatchObject({ value: 'abc', done: false });
    expect(editSecret('abc', '\t\u0001')).toMatchObject({ value: 'abc' });
  });
});

describe('readSecret', () => {
  function fakeTty() {
    const input = new PassThrough();
    const events = [];
    input.setRawMode = jest.fn((on) => events.push(on ? 'echo off' : 'echo on'));
    const output = { write: (s) => events.push(s) };
    return { input, output, events };
  }

  it('turns echo off before prompting, reads, and restores the terminal', async () => {
    const { input, output, events } = fakeTty();
    const reading = readSecret('Password: ', { input, output });
    input.write('hunter2-long');
    input.write('\r');
    await expect(reading).resolves.toBe('hunter2-long');
    // Echo goes off before the prompt shows, so nothing typed right after it is echoed.
    expect(events).toEqual(['echo off', 'Password: ', 'echo on', '\n']);
  });

  it('rejects with Interrupted on Ctrl-C', async () => {
    const { input, output } = fakeTty();
    const reading = readSecret('Password: ', { input, output });
    input.write('abc\u0003');
    await expect(reading).rejects.toBeInstanceOf(Interrupted);
    expect(input.setRawMode).toHaveBeenLastCalledWith(false);
  });
});
