// Reads a secret from the terminal without echoing it.

/**
 * Applies one chunk of raw terminal input to the secret typed so far. Returns
 * `{ value, done, interrupted }`: Enter (or Ctrl-D) ends input, Ctrl-C interrupts it,
 * Backspace deletes a character; escape sequences (arrow keys) and other control keys are
 * ignored. A pasted secret arrives as one chunk.
 */
function editSecret(value, chunk) {
  if (chunk.startsWith('\u001b')) return { value, done: false, interrupted: false };
  let chars = Array.from(value);
  for (const ch of chunk) {
    if (ch === '\u0003') return { value: chars.join(''), done: false, interrupted: true };
    if (ch === '\r' || ch === '\n' || ch === '\u0004') return { value: chars.join(''), done: true, interrupted: false };
    if (ch === '\u007f' || ch === '\b') chars = chars.slice(0, -1);
    else if (ch >= ' ') chars.push(ch);
  }
  return { value: chars.join(''), done: false, interrupted: false };
}

class Interrupted extends Error {
  constructor() {
    super('interrupted');
    this.name = 'Interrupted';
  }
}

/** Prompts on `output` and reads a line from the TTY `input` with echo off. */
function readSecret(prompt, { input = process.stdin, output = process.stderr } = {}) {
  return new Promise((resolve, reject) => {
    let value = '';
    // Echo off before the prompt appears, or what is typed right after it would be shown.
    input.setRawMode(true);
    input.setEncoding('utf8');
    output.write(prompt);
    const finish = (settle) => {
      input.removeListener('data', onData);
      input.setRawMode(false);
      input.pause();
      output.write('\n');
      settle();
    };
    function onData(chunk) {
      const next = editSecret(value, chunk);
      value = next.value;
      if (next.interrupted) finish(() => reject(new Interrupted()));
      else if (next.done) finish(() => resolve(value));
    }
    input.on('data', onData);
    input.resume();
  });
}

module.exports = { editSecret, readSecret, Interrupted };
