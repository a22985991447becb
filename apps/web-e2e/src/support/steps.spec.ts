import { artifactName, stepFailureMessage } from './steps';

describe('artifactName', () => {
  it('joins the parts as lower-case words with dashes', () => {
    expect(artifactName('a learner signs up, signs out', 'Sign up through the form')).toBe('a-learner-signs-up-signs-out-sign-up-through-the-form');
  });

  it('stays short and never empty', () => {
    expect(artifactName('x'.repeat(300)).length).toBeLessThanOrEqual(120);
    expect(artifactName('!!!')).toBe('unnamed');
  });
});

describe('stepFailureMessage', () => {
  it('names the step, the page, the cause and the files to open', () => {
    const message = stepFailureMessage({
      step: 'sign up through the form',
      url: 'http://127.0.0.1:4000/sign-up',
      cause: new Error('locator.click: Timeout 15000ms exceeded.'),
      screenshot: 'tmp/e2e/sign-up.png',
      logs: ['tmp/e2e/api.log'],
    });
    expect(message.split('\n')).toEqual([
      'Step "sign up through the form" failed on http://127.0.0.1:4000/sign-up',
      'locator.click: Timeout 15000ms exceeded.',
      'Screenshot: tmp/e2e/sign-up.png',
      'Server logs: tmp/e2e/api.log',
    ]);
  });

  it('says so when no screenshot could be taken', () => {
    const message = stepFailureMessage({ step: 's', url: 'about:blank', cause: 'boom', screenshot: null, logs: [] });
    expect(message).toBe('Step "s" failed on about:blank\nboom\nScreenshot: could not be taken');
  });
});
