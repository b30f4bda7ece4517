/**
 * An error the user caused and can fix, with its message already in the user's language. The add-on shows
 * the message as it is; any other error is a bug and gets a generic apology plus a log entry.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
    // Keeps `instanceof UserError` true when TypeScript compiles classes to ES5-style functions.
    Object.setPrototypeOf(this, UserError.prototype);
  }
}
