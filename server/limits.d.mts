/** Types of limits.mjs for the TypeScript tests. */
export const FORM_LIMIT: number
export const UPLOAD_LIMIT: number
export class BodyTooLargeError extends Error {
  constructor(limit: number)
}
export function bodyLimitFor(path: string): 'form' | 'upload'
export function limitBody(req: unknown, res: unknown, next: () => void): void
