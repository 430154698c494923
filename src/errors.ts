// Typed failures caught once in main(): each becomes one line on stderr and exit code 2.

/** Wrong command-line usage (unknown option, bad argument). */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Input that cannot be read at all (missing folder, unreadable registry, file held open). */
export class InputError extends Error {
  override name = 'InputError';
}
