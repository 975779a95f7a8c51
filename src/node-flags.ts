/**
 * V8 flags every NightChill process starts with (npm start passes the same ones).
 *
 * --no-regexp-tier-up: V8 first runs a regular expression as bytecode and compiles it to machine
 * code only once it turns hot. The crisis check's patterns are large (src/assistant/safety/): as
 * bytecode the first message takes 1.7 s and the next dozens ~100 ms each, and some patterns stay
 * interpreted (1.1 ms a message for good). Compiled at first use: 20 ms for the first messages,
 * 0.3 ms a message after that (bench/safety.ts). The flag is read when a pattern is compiled, so it
 * must be given at start-up: set later (v8.setFlagsFromString) it crashed the process.
 * Without it everything works, only the crisis check's first minutes are slower.
 */
export const nodeFlags = ['--no-regexp-tier-up'];
