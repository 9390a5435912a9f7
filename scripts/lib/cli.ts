/**
 * Command-line plumbing shared by the database scripts: the --local/--remote choice and
 * failing with a message instead of a stack trace.
 * @module
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { D1Target } from './d1';

/** Options every database script takes. */
export const TARGET_OPTIONS = {
  local: { type: 'boolean' },
  remote: { type: 'boolean' },
  'persist-to': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/** Prints the message and ends the process; `code` 1 for a refusal or an error. */
export function fail(message: string, code = 1): never {
  console.error(`✖ ${message}`);
  process.exit(code);
}

/** The parsed options, or a clear message and exit 2 for an unknown or malformed one. */
export function parseOptions<O extends NonNullable<ParseArgsConfig['options']>>(options: O, usage: string) {
  try {
    const { values } = parseArgs({ options, strict: true, allowPositionals: false });
    if ((values as { help?: boolean }).help) {
      console.log(usage);
      process.exit(0);
    }
    return values;
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${usage}`, 2);
  }
}

/** --local (the default) or --remote; --persist-to only makes sense locally. */
export function targetOf(values: { local?: boolean; remote?: boolean; 'persist-to'?: string }): D1Target {
  if (values.local && values.remote) fail('Choose --local or --remote, not both', 2);
  if (values.remote && values['persist-to']) fail('--persist-to is for the local database only', 2);
  return { remote: values.remote === true, persistTo: values['persist-to'] };
}
