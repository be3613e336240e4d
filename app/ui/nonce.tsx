/** The per-response CSP nonce, given to every script tag React Router renders. */
import { createContext, useContext } from 'react'

export const NonceContext = createContext('')

export const useNonce = () => useContext(NonceContext)
