/** Argument parsing shared by the CLI commands: wrong usage exits 2, bad input exits 1. */
import { parseArgs, type ParseArgsConfig } from 'node:util'

/** Wrong use of the command line (exit code 2). */
export class UsageError extends Error {}

/** Bad input: a file, a name or data that cannot be used (exit code 1). */
export class InputError extends Error {}

/**
 * Parse a command's own arguments; unknown options and missing values are usage errors.
 * @example const { values, positionals } = parseCommand(['a.json', '--replace'], { replace: { type: 'boolean' } })
 */
export function parseCommand<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw new UsageError(`Ugyldige argumenter: ${message}`)
  }
}

/**
 * Write to stdout and wait until it is flushed (large JSON must not be cut off by exit).
 * @example await writeOut(JSON.stringify(doc))
 */
export function writeOut(text: string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(text, (error) => (error ? reject(error) : resolve())))
}
