/**
 * A picker that searches on the server (the ARIA 1.2 combobox pattern: a text input and a listbox),
 * for choices from registers too large for a `<select>`: type to search, arrow keys to move,
 * Enter to choose, Escape to close. The chosen id is posted in a hidden input; the input shows
 * the chosen name. Without JavaScript the current value is kept and a note says it cannot be
 * changed there.
 */
import { useInputControl, type FieldMetadata } from '@conform-to/react'
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { href } from 'react-router'

/** One choice as the endpoint answers it. */
export interface ComboboxChoice {
  id: number
  label: string
  detail: string
}

export interface ComboboxProps {
  /** Id of the text input, for its `<label htmlFor>`. */
  inputId: string
  /** What to search: the endpoint's `kind` (features/search/schemas.ts's CHOICE_KINDS). */
  kind: 'property' | 'unit' | 'tenant_lease' | 'sale_eligible_property' | 'owned_property' | 'leased_property'
  /** The chosen id ('' for none) and its name. */
  value: string
  valueLabel: string
  onChange: (choice: ComboboxChoice | null) => void
  onBlur?: () => void
  /** Leave this id out of the list (a unit cannot be its own parent). */
  exclude?: number
  invalid?: boolean
  describedBy?: string
  disabled?: boolean
  placeholder?: string
  /** Empty the text after a choice, for a picker that adds each choice to a list beside it. */
  clearOnChoose?: boolean
}

const DEBOUNCE_MS = 200

/** Choices for a search text from the server; the newest request wins. */
function useChoices(kind: ComboboxProps['kind'], exclude: number | undefined) {
  const [choices, setChoices] = useState<ComboboxChoice[]>([])
  const [loading, setLoading] = useState(false)
  const latest = useRef(0)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])
  const search = (text: string) => {
    clearTimeout(timer.current)
    const ticket = ++latest.current
    setLoading(true)
    timer.current = setTimeout(async () => {
      try {
        const params = new URLSearchParams({ kind, q: text })
        const res = await fetch(`${href('/api/v1/choices')}?${params}`, { headers: { Accept: 'application/json' } })
        const body = (await res.json()) as { choices?: ComboboxChoice[] }
        if (ticket === latest.current) setChoices((body.choices ?? []).filter((c) => c.id !== exclude))
      } catch {
        if (ticket === latest.current) setChoices([])
      } finally {
        if (ticket === latest.current) setLoading(false)
      }
    }, DEBOUNCE_MS)
  }
  return { choices, loading, search }
}

export function Combobox(props: ComboboxProps) {
  const { inputId, kind, value, valueLabel, onChange, exclude, invalid, describedBy, disabled, placeholder } = props
  const listId = useId()
  const [text, setText] = useState(valueLabel)
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const [hydrated, setHydrated] = useState(false)
  const { choices, loading, search } = useChoices(kind, exclude)
  useEffect(() => setHydrated(true), [])
  useEffect(() => setText(valueLabel), [valueLabel])

  const show = (query: string) => {
    setOpen(true)
    setActive(-1)
    search(query)
  }
  const choose = (choice: ComboboxChoice) => {
    onChange(choice)
    setText(props.clearOnChoose ? '' : choice.label)
    setOpen(false)
  }
  const close = () => {
    setOpen(false)
    setActive(-1)
  }
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      if (!open) return show(text === valueLabel ? '' : text)
      const step = e.key === 'ArrowDown' ? 1 : -1
      setActive((i) => (choices.length === 0 ? -1 : (i + step + choices.length) % choices.length))
    } else if (e.key === 'Enter' && open) {
      // Enter picks the highlighted choice and does not submit the form.
      e.preventDefault()
      const choice = choices[active] ?? (choices.length === 1 ? choices[0] : undefined)
      if (choice) choose(choice)
    } else if (e.key === 'Escape' && open) {
      e.preventDefault()
      close()
    }
  }
  const onBlur = () => {
    close()
    // Text that names nothing chosen goes back to the chosen name; an emptied field clears the choice.
    if (text.trim() === '') {
      if (value !== '') onChange(null)
    } else setText(valueLabel)
    props.onBlur?.()
  }
  const activeId = open && active >= 0 && choices[active] ? `${listId}-${choices[active].id}` : undefined
  return (
    <div className="combobox">
      <input
        id={inputId}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeId}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        value={text}
        placeholder={placeholder ?? 'Skriv for at søge …'}
        disabled={disabled}
        readOnly={!hydrated}
        onChange={(e) => {
          setText(e.target.value)
          show(e.target.value)
        }}
        onFocus={(e) => e.target.select()}
        onClick={() => !open && show('')}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
      />
      <ul id={listId} role="listbox" className="combobox-list" hidden={!open} aria-label="Valgmuligheder">
        {choices.map((c, i) => (
          <li
            key={c.id}
            id={`${listId}-${c.id}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            // Keep focus in the input, so its blur does not close the list before the click.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(c)}
          >
            {c.label}
            {c.detail && <small> {c.detail}</small>}
          </li>
        ))}
        {!loading && choices.length === 0 && (
          <li role="option" aria-selected={false} aria-disabled className="combobox-empty">
            Intet fundet
          </li>
        )}
      </ul>
      <span className="visually-hidden" aria-live="polite">
        {open && !loading ? `${choices.length} ${choices.length === 1 ? 'valg' : 'valg'}` : ''}
      </span>
      <noscript>
        <span className="hint">Uden JavaScript kan valget ikke ændres her; det nuværende valg gemmes.</span>
      </noscript>
    </div>
  )
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Conform's own type for a field of any form
type Meta = FieldMetadata<any, any, string[]>

/**
 * A form field with a server-searched picker, wired to Conform: label, picker, hint, the hidden
 * id and the Danish message beside the field.
 * @example <ComboboxField meta={fields.propertyId} label="Ejendom" kind="property" valueLabel={lease.propertyName} />
 */
export function ComboboxField({
  meta,
  label,
  hint,
  wide,
  kind,
  valueLabel,
  exclude,
  disabled,
}: {
  meta: Meta
  label: string
  hint?: ReactNode
  wide?: boolean
  kind: ComboboxProps['kind']
  /** The name of the current value (shown on edit, and when the value is set from outside). */
  valueLabel: string
  exclude?: number
  disabled?: boolean
}) {
  const control = useInputControl(meta as never)
  // The name of what was picked here; a value set from outside (a prefill) shows `valueLabel`.
  const [chosen, setChosen] = useState<{ id: string; label: string } | null>(null)
  const hintId = hint ? `${meta.id}-hint` : undefined
  const describedBy = [hintId, meta.errors?.length ? meta.errorId : undefined].filter(Boolean).join(' ') || undefined
  const value = typeof control.value === 'string' ? control.value : ''
  return (
    <div className={`field${wide ? ' wide' : ''}`}>
      <label htmlFor={meta.id}>{label}</label>
      <input type="hidden" name={meta.name} value={value} />
      <Combobox
        inputId={meta.id}
        kind={kind}
        value={value}
        valueLabel={value === '' ? '' : chosen?.id === value ? chosen.label : valueLabel}
        exclude={exclude}
        invalid={!!meta.errors?.length}
        describedBy={describedBy}
        disabled={disabled}
        onChange={(choice) => {
          setChosen(choice ? { id: String(choice.id), label: choice.label } : null)
          control.change(choice ? String(choice.id) : '')
        }}
        onBlur={control.blur}
      />
      {hint && (
        <div className="hint" id={hintId}>
          {hint}
        </div>
      )}
      {meta.errors?.length ? (
        <div className="error" id={meta.errorId} role="alert">
          {meta.errors.join(' ')}
        </div>
      ) : null}
    </div>
  )
}
