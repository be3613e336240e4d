import { isRouteErrorResponse } from 'react-router'

/** One error page for every route: Danish text, never a stack trace. */
export function GeneralErrorBoundary({ error }: { error: unknown }) {
  let title = 'Der opstod en fejl'
  let message = 'Siden kunne ikke vises. Prøv igen om lidt; fortsætter fejlen, så kontakt systemansvarlig.'
  if (isRouteErrorResponse(error)) {
    if (error.status === 404) {
      title = 'Siden findes ikke'
      message = typeof error.data === 'string' && error.data ? error.data : 'Adressen findes ikke, eller posten er slettet.'
    } else if (error.status === 403) {
      title = 'Ingen adgang'
      message = 'Du har ikke adgang til denne side.'
    } else if (error.status === 400) {
      title = 'Ugyldig forespørgsel'
      message = typeof error.data === 'string' ? error.data : message
    }
  } else if (import.meta.env.DEV && error instanceof Error) {
    console.error(error)
  }
  return (
    <section className="page error-page" role="alert">
      <h1>{title}</h1>
      <p>{message}</p>
      <p>
        <a href="/">Til oversigten</a>
      </p>
    </section>
  )
}
