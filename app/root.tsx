import { isRouteErrorResponse, Links, Meta, NavLink, Outlet, Scripts, ScrollRestoration, useRouteLoaderData } from 'react-router'
import type { Route } from './+types/root'
import appCss from './styles/app.css?url'
import { getEnv } from './utils/env.server'

export const links: Route.LinksFunction = () => [
  { rel: 'stylesheet', href: appCss },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
]

export async function loader() {
  return { municipality: getEnv().MUNICIPALITY_NAME }
}

const NAV = [
  { to: '/', label: 'Oversigt', end: true },
  { to: '/ejendomme', label: 'Ejendomme' },
  { to: '/lejemaal', label: 'Lejemål' },
  { to: '/frister', label: 'Frister' },
]

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loader>('root')
  return (
    <html lang="da">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <div className="shell">
          <aside className="sidebar" aria-label="Hovedmenu">
            <div className="brand">
              <span className="brand-title">Kloge Kvadratmeter</span>
              <span className="brand-municipality">{data?.municipality ?? 'Kommunens bygninger'}</span>
            </div>
            <nav>
              <ul>
                {NAV.map((item) => (
                  <li key={item.to}>
                    <NavLink to={item.to} end={item.end}>
                      {item.label}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
          </aside>
          <main className="content">{children}</main>
        </div>
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  )
}

export default function App() {
  return <Outlet />
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <GeneralError error={error} />
}

/** One error page for every route: Danish text, never a stack trace. */
export function GeneralError({ error }: { error: unknown }) {
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
