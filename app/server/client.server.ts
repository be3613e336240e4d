/**
 * Who is on the other end of a request, as the Node server saw the connection: the socket's
 * address, or the client's address given by a proxy named in TRUST_PROXY. Headers a client sends
 * (X-Forwarded-For, X-Real-IP) are never read here, so a client cannot choose its own address.
 */
import { createContext, RouterContextProvider } from 'react-router'

export interface ClientInfo {
  /** The client's IP address; null when the app runs without the Node server (dev server, tests). */
  address: string | null
}

const UNKNOWN: ClientInfo = { address: null }

export const clientContext = createContext<ClientInfo>(UNKNOWN)

/**
 * The request context the Node server hands React Router for each request.
 * @example createLoadContext({ address: '10.0.0.7' }).get(clientContext).address // '10.0.0.7'
 */
export function createLoadContext(client: ClientInfo): RouterContextProvider {
  const context = new RouterContextProvider()
  context.set(clientContext, client)
  return context
}

/** The client of a loader's or action's request. @example clientOf(context).address */
export function clientOf(context: unknown): ClientInfo {
  const provider = context as Partial<Pick<RouterContextProvider, 'get'>> | null | undefined
  if (typeof provider?.get !== 'function') return UNKNOWN
  try {
    return provider.get(clientContext)
  } catch {
    return UNKNOWN
  }
}
