/**
 * The page frame: a skip link, the brand, the main menu (a sidebar on wide screens, a menu button
 * on phones and narrow tablets) with the user's box, and the content.
 */
import { useEffect, useState, type ReactNode } from 'react'
import { Form, NavLink, useLocation } from 'react-router'
import { formatDanishDate } from '~/core/dates'

export interface NavItem {
  to: string
  label: string
  end?: boolean
}

export function AppShell({
  municipality,
  user,
  nav,
  search,
  demoDate = null,
  children,
}: {
  municipality: string
  user: { name: string; roleLabel: string } | null
  nav: NavItem[]
  /** The global search box, shown to signed-in users. */
  search?: ReactNode
  /** The demo's reference date while the register holds the demo portfolio. */
  demoDate?: string | null
  children: ReactNode
}) {
  const [menuOpen, setMenuOpen] = useState(false)
  const { pathname } = useLocation()
  // A chosen page closes the menu on small screens.
  useEffect(() => setMenuOpen(false), [pathname])
  useFocusableScrollBoxes(pathname)
  return (
    <>
      <a className="skip-link" href="#indhold">
        Spring til indhold
      </a>
      <div className="shell" data-menu={menuOpen ? 'open' : 'closed'}>
        <header className="topbar">
          <span className="brand-title">Kloge Kvadratmeter</span>
          {user && (
            <button
              type="button"
              className="menu-toggle"
              aria-expanded={menuOpen}
              aria-controls="hovedmenu"
              onClick={() => setMenuOpen((o) => !o)}
            >
              {menuOpen ? 'Luk menu' : 'Menu'}
            </button>
          )}
        </header>
        <aside id="hovedmenu" className="sidebar" aria-label="Hovedmenu">
          <div className="brand">
            <span className="brand-title">Kloge Kvadratmeter</span>
            <span className="brand-municipality">{municipality}</span>
          </div>
          <nav aria-label="Sider">
            <ul>
              {nav.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          {user && (
            <div className="user-box">
              <div className="user-name">{user.name}</div>
              <div className="user-role">{user.roleLabel}</div>
              <NavLink to="/adgangskode">Skift adgangskode</NavLink>
              <Form method="post" action="/logout">
                <button type="submit" className="link-button">
                  Log ud
                </button>
              </Form>
            </div>
          )}
        </aside>
        <div className="main-column">
          {user && search && (
            <div className="search-bar">
              {search}
              {demoDate && (
                <span className="demo-badge" title="Eksemplets frister og oversigter regnes fra denne dato">
                  Demodata pr. {formatDanishDate(demoDate)}
                </span>
              )}
            </div>
          )}
          <main id="indhold" className="content" tabIndex={-1}>
            {children}
          </main>
        </div>
      </div>
    </>
  )
}

/** Boxes that can scroll sideways (wide tables on small screens). */
const SCROLL_BOXES = 'table.plain, table.years, .table-scroll, .scroll-box'

/**
 * A box that scrolls must be reachable by keyboard (WCAG 2.1.1): every table that overflows its
 * box on this screen gets a tab stop, on each page and after each resize.
 */
function useFocusableScrollBoxes(pathname: string) {
  useEffect(() => {
    const mark = () => {
      for (const box of document.querySelectorAll<HTMLElement>(SCROLL_BOXES)) {
        const scrolls = box.scrollWidth > box.clientWidth + 1
        if (scrolls && !box.hasAttribute('tabindex')) {
          box.tabIndex = 0
          box.dataset.scrollStop = 'true'
        } else if (!scrolls && box.dataset.scrollStop) {
          box.removeAttribute('tabindex')
          delete box.dataset.scrollStop
        }
      }
    }
    mark()
    const observer = new MutationObserver(() => mark())
    const main = document.getElementById('indhold')
    if (main) observer.observe(main, { childList: true, subtree: true })
    window.addEventListener('resize', mark)
    return () => {
      observer.disconnect()
      window.removeEventListener('resize', mark)
    }
  }, [pathname])
}
