/**
 * The integration files share a module graph per worker (vitest.config.ts): each starts without
 * the app database the previous file named (useAsAppDatabase) and closed, as it would in a fresh
 * module graph.
 */
globalThis.__kkDatabase = undefined
