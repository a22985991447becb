/**
 * A failure `npm start` reports as one clear line (no stack trace): the user's next step is in
 * the message itself.
 */
class StartError extends Error {
  constructor(message) {
    super(message);
    this.name = 'StartError';
  }
}

module.exports = { StartError };
