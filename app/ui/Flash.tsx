/**
 * A one-line confirmation after a redirect (`?besked=gemt`), read from the URL. It gives way as
 * soon as the page's action answers again (a form posted to the same address keeps the query),
 * so "Oprettet." never stands beside a later error.
 */
import { useActionData, useSearchParams } from 'react-router'

const MESSAGES: Record<string, string> = {
  oprettet: 'Oprettet.',
  gemt: 'Ændringerne er gemt.',
  slettet: 'Slettet.',
  opsagt: 'Ændringerne er gemt. Status er sat til Opsagt, fordi lejemålet har en opsigelsesdato.',
  'oprettet-opsagt': 'Oprettet. Status er sat til Opsagt, fordi lejemålet har en opsigelsesdato.',
}

export function Flash() {
  const [params] = useSearchParams()
  const key = params.get('besked')
  const text = key ? MESSAGES[key] : undefined
  const laterAnswer = useActionData() !== undefined
  if (!text || laterAnswer) return null
  return (
    <div className="alert success" role="status">
      {text}
    </div>
  )
}
