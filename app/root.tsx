import { useEffect } from 'react'
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteLoaderData } from 'react-router'
import type { Route } from './+types/root'
import { ALL_ROUTES } from './features/all-routes'
import { SearchBox } from './features/search/components/SearchBox'
import { demoReferenceDate } from './features/overview/reference-date.server'
import { getDb } from './server/db.server'
import { authMiddleware, userContext } from './server/auth/middleware.server'
import { can, roleLabels } from './core/roles'
import appCss from './ui/styles/app.css?url'
import { getEnv } from './server/env.server'
import { AppShell } from './ui/AppShell'
import { GeneralErrorBoundary } from './ui/GeneralErrorBoundary'
import { useNonce } from './ui/nonce'

export const links: Route.LinksFunction = () => [
  { rel: 'stylesheet', href: appCss },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
]

export const middleware: Route.MiddlewareFunction[] = [authMiddleware]

export async function loader({ context }: Route.LoaderArgs) {
  const user = context.get(userContext)
  return {
    municipality: getEnv().MUNICIPALITY_NAME,
    user: user ? { name: user.name, email: user.email, role: user.role } : null,
    // The header says so while the register holds the demo portfolio.
    demoDate: user ? await demoReferenceDate(await getDb()) : null,
  }
}

/** The navigation, composed from the routes that declare a menu entry. */
const NAV = ALL_ROUTES.filter((r) => r.nav)
  .map((r) => ({ to: r.path === null ? '/' : `/${r.path}`, label: r.nav!.label, end: r.nav!.end, order: r.nav!.order, read: r.read }))
  .sort((a, b) => a.order - b.order)

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loader>('root')
  const user = data?.user ?? null
  const nav = NAV.filter((item) => user && (item.read === 'public' || can(user.role, item.read)))
  const nonce = useNonce()
  // Marks the document once React has taken it over (error pages too): from then on forms validate
  // in the browser, and typing is no longer at risk of being reset by the hydration. The browser
  // tests wait for it.
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true'
  }, [])
  return (
    <html lang="da">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <AppShell
          municipality={data?.municipality ?? 'Kommunens bygninger'}
          user={user ? { name: user.name, roleLabel: roleLabels[user.role] } : null}
          nav={nav}
          search={<SearchBox />}
          demoDate={data?.demoDate ?? null}
        >
          {children}
        </AppShell>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  )
}

export default function App() {
  return <Outlet />
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <GeneralErrorBoundary error={error} />
}
