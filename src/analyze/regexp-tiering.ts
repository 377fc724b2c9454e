/**
 * How V8 runs this module's regular expressions. analyzeText matches a few hundred of them, some
 * large (the triggers' generated verb forms, the dates and amounts), on every call. By default V8
 * first interprets a regular expression and compiles it to machine code only after it has run
 * ("tier-up"), and it lets compiled regular-expression code go at garbage collections: every
 * hundred calls or so, one call then pays for compiling them again, twice over. Measured on a
 * 1,000-word article (500 calls): with tier-up, p50 73 ms and p99 344 ms, the slow calls spending
 * 100 ms in one sentence's trigger matching and 60 ms in its dates; without it, p50 76 ms and p99
 * 194 ms. The flag changes how regular expressions are compiled, never what they match; it holds
 * for the whole process, whose other regular expressions are small.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
