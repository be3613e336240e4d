// npm start: serve the built app (`prestart` builds it) with the production server in server/.
// The server opens, migrates and, on first start, fills the database before it listens, so a bad
// configuration stops it at once with a clear message. `npm start -- --init` passes --init on.
process.env.NODE_ENV ??= 'production'
process.env.PORT ??= '3000'
await import('../server/index.mjs')
