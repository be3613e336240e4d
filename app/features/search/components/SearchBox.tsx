/**
 * The header's search box: a combobox that asks the server as you type and lists properties,
 * leases, units, sales and scenarios. Ctrl+K (or ⌘K) jumps to it; arrows choose, Enter opens,
 * Escape closes. Without script it is a plain form posting to the search page.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { useFetcher, useNavigate } from 'react-router'
import type { SearchAnswer } from '../schemas'

export function SearchBox() {
  const fetcher = useFetcher<SearchAnswer>()
  const navigate = useNavigate()
  const input = useRef<HTMLInputElement>(null)
  const listId = useId()
  const [query, setQuery] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const hits = fetcher.data && fetcher.data.query === query.trim() ? fetcher.data.hits : []

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault()
        input.current?.focus()
      }
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])

  useEffect(() => {
    const q = query.trim()
    if (q.length < 2) return
    const timer = setTimeout(() => fetcher.load(`/soeg?q=${encodeURIComponent(q)}`), 200)
    return () => clearTimeout(timer)
    // fetcher is stable enough for this purpose; reloading on its identity would loop.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query])

  const go = (to: string) => {
    setOpen(false)
    setQuery('')
    navigate(to)
  }

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && hits.length) {
      e.preventDefault()
      setOpen(true)
      setActive((a) => (a + 1) % hits.length)
    } else if (e.key === 'ArrowUp' && hits.length) {
      e.preventDefault()
      setActive((a) => (a <= 0 ? hits.length - 1 : a - 1))
    } else if (e.key === 'Enter') {
      e.preventDefault()
      const hit = hits[active]
      if (hit) go(hit.href)
      else if (query.trim()) go(`/soeg?q=${encodeURIComponent(query.trim())}`)
    } else if (e.key === 'Escape') {
      setOpen(false)
      setActive(-1)
    }
  }

  const expanded = open && query.trim().length >= 2
  return (
    <form method="get" action="/soeg" role="search" className="search-box" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        Søg i hele planen
      </label>
      <input
        ref={input}
        id={`${listId}-input`}
        type="search"
        name="q"
        placeholder="Søg … (Ctrl+K)"
        autoComplete="off"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={`${listId}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value)
          setOpen(true)
          setActive(-1)
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onFocus={() => setOpen(true)}
      />
      <ul id={`${listId}-list`} role="listbox" aria-label="Søgeresultater" className="search-list" hidden={!expanded}>
        {expanded && hits.length === 0 && fetcher.state === 'idle' && fetcher.data?.query === query.trim() && (
          <li className="muted search-empty">Intet fundet</li>
        )}
        {hits.map((h, i) => (
          <li
            key={h.href}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            onMouseDown={(e) => {
              e.preventDefault()
              go(h.href)
            }}
          >
            <span className="search-kind">{h.kindLabel}</span> <strong>{h.title}</strong>
            {h.detail && <span className="muted"> · {h.detail}</span>}
          </li>
        ))}
      </ul>
    </form>
  )
}
