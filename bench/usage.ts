/** Bad arguments to a bench: `npm run bench` prints the message and exits 2, without a stack. */
export class BenchUsageError extends Error {}
