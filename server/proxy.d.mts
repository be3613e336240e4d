/** Types of proxy.mjs for the TypeScript tests. */
export function parseTrustProxy(value: string | undefined): false | string[]
export function clientAddress(ip: string | undefined | null): string | null
