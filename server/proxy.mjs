/**
 * Which proxies may tell the server who the client is (X-Forwarded-For) and whether it came over
 * HTTPS (X-Forwarded-Proto): only those named in TRUST_PROXY. Without it, the socket's address
 * is the client's, whatever headers a client sends, so nobody can pick their own address to get
 * round the log-in limits.
 */
import net from 'node:net'

const KEYWORDS = new Set(['loopback', 'linklocal', 'uniquelocal'])

function validEntry(entry) {
  if (KEYWORDS.has(entry)) return true
  const [address, bits, extra] = entry.split('/')
  if (extra !== undefined || !net.isIP(address)) return false
  if (bits === undefined) return true
  const max = net.isIPv4(address) ? 32 : 128
  return /^\d{1,3}$/.test(bits) && Number(bits) <= max
}

/**
 * TRUST_PROXY as Express's `trust proxy` setting: false when unset, else the list of addresses,
 * subnets (CIDR) and the words loopback, linklocal, uniquelocal. Trusting everyone is refused.
 * @example parseTrustProxy('127.0.0.1, 10.0.0.0/8') // ['127.0.0.1', '10.0.0.0/8']
 */
export function parseTrustProxy(value) {
  const text = (value ?? '').trim()
  if (text === '' || text === 'false') return false
  const entries = text
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)
  const bad = entries.filter((e) => !validEntry(e))
  if (bad.length) {
    throw new Error(
      `TRUST_PROXY skal være proxyens adresser eller net, adskilt af komma (fx "127.0.0.1" eller "loopback, 10.0.0.0/8"); ` +
        `ikke ${bad.map((b) => `"${b}"`).join(', ')}. At stole på alle afsendere ville lade enhver vælge sin egen adresse.`,
    )
  }
  return entries
}

/** An IPv4 client seen through an IPv6 socket is written as plain IPv4. @example clientAddress('::ffff:10.0.0.7') // '10.0.0.7' */
export function clientAddress(ip) {
  if (!ip) return null
  return ip.startsWith('::ffff:') && net.isIPv4(ip.slice(7)) ? ip.slice(7) : ip
}
