/**
 * A package loaded at its first use instead of when the server starts. Every worker thread loads
 * the whole server bundle, so a large package imported at the top of a module costs its memory in
 * the request thread and in each worker, whether that thread ever uses it or not.
 */
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/**
 * A getter for the package, which loads it (synchronously, its CommonJS build) at the first call.
 * @example const pdfmake = lazyRequire<typeof Pdfmake>('pdfmake'); pdfmake().createPdf(doc)
 */
export function lazyRequire<T>(specifier: string): () => T {
  let loaded: T | undefined
  return () => (loaded ??= require(specifier) as T)
}
