/** A one-line confirmation after a redirect (`?besked=gemt`), read from the URL. */
import { useSearchParams } from 'react-router'

const MESSAGES: Record<string, string> = {
  oprettet: 'Oprettet.',
  gemt: 'Ændringerne er gemt.',
  slettet: 'Slettet.',
}

export function Flash() {
  const [params] = useSearchParams()
  const key = params.get('besked')
  const text = key ? MESSAGES[key] : undefined
  if (!text) return null
  return (
    <div className="alert success" role="status">
      {text}
    </div>
  )
}
