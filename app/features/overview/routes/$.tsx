/** Unknown addresses get the Danish 404 page. */
import { data } from 'react-router'
import { GeneralErrorBoundary } from '~/ui/GeneralErrorBoundary'

export function loader() {
  throw data('Adressen findes ikke i Kloge Kvadratmeter.', { status: 404 })
}

export default function NotFound() {
  return null
}

export function ErrorBoundary({ error }: { error: unknown }) {
  return <GeneralErrorBoundary error={error} />
}
