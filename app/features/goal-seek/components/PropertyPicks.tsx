/**
 * The goal-seek form's lists of buildings: picked one at a time with the server-searching picker
 * (a municipality may have 100,000 properties, too many for a `<select>`), each posted as a hidden
 * input and removable. What was picked stays in the form when the search is refused.
 */
import { useState } from 'react'
import { Combobox, type ComboboxChoice } from '~/ui/Combobox'

interface Picked {
  /** The value posted: a property id, or an action key such as `sale:12`. */
  value: string
  label: string
}

/** A small × beside the name, in the text's colour (the app's buttons are filled). */
const REMOVE_STYLE = {
  border: 0,
  background: 'transparent',
  color: 'inherit',
  padding: '0 0.25rem',
  fontSize: '1.1rem',
  lineHeight: 1,
  cursor: 'pointer',
} as const

function PickedList({ name, items, onRemove, label }: { name: string; items: Picked[]; onRemove: (value: string) => void; label: string }) {
  if (items.length === 0) return <p className="hint">Ingen valgt.</p>
  return (
    <ul aria-label={label} style={{ listStyle: 'none', padding: 0, margin: '0.4rem 0', display: 'flex', flexWrap: 'wrap', gap: '0.4rem' }}>
      {items.map((item) => (
        <li key={item.value} className="badge" style={{ display: 'inline-flex', alignItems: 'center', gap: '0.3rem' }}>
          <input type="hidden" name={name} value={item.value} />
          {item.label}
          <button type="button" aria-label={`Fjern ${item.label}`} onClick={() => onRemove(item.value)} style={REMOVE_STYLE}>
            ×
          </button>
        </li>
      ))}
    </ul>
  )
}

function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  return errors?.length ? (
    <div className="error" id={id} role="alert">
      {errors.join(' ')}
    </div>
  ) : null
}

/** Add a choice once; a second pick of the same is ignored. */
function useList() {
  const [items, setItems] = useState<Picked[]>([])
  const add = (item: Picked) => setItems((list) => (list.some((i) => i.value === item.value) ? list : [...list, item]))
  const remove = (value: string) => setItems((list) => list.filter((i) => i.value !== value))
  return { items, add, remove }
}

/**
 * Buildings picked one by one, posted as `name` (one input per id).
 * @example <PickedProperties name="keepPropertyIds" label="Andre bygninger der skal blive" hint="…" errors={fields.keepPropertyIds.errors} />
 */
export function PickedProperties({ name, label, hint, errors }: { name: string; label: string; hint: string; errors?: string[] }) {
  const { items, add, remove } = useList()
  const id = `goal-seek-${name}`
  const describedBy = [`${id}-hint`, errors?.length ? `${id}-error` : undefined].filter(Boolean).join(' ')
  return (
    <div className="field wide">
      <label htmlFor={id}>{label}</label>
      <Combobox
        inputId={id}
        kind="property"
        value=""
        valueLabel=""
        clearOnChoose
        invalid={!!errors?.length}
        describedBy={describedBy}
        onChange={(c: ComboboxChoice | null) => c && add({ value: String(c.id), label: c.label })}
      />
      <PickedList name={name} items={items} onRemove={remove} label={label} />
      <div className="hint" id={`${id}-hint`}>
        {hint}
      </div>
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  )
}

const ACTION_KINDS = {
  sale: { label: 'Salg', picker: 'owned_property' },
  closure: { label: 'Lukning', picker: 'owned_property' },
  termination: { label: 'Opsigelse', picker: 'leased_property' },
} as const
type ActionKind = keyof typeof ACTION_KINDS

/**
 * Required actions: the kind (sale or closure of an owned building, termination of a leased one)
 * and the building, posted as `requiredActions` keys such as `sale:12`.
 * @example <RequiredActions errors={fields.requiredActions.errors} />
 */
export function RequiredActions({ errors }: { errors?: string[] }) {
  const { items, add, remove } = useList()
  const [kind, setKind] = useState<ActionKind>('sale')
  const id = 'goal-seek-requiredActions'
  const describedBy = [`${id}-hint`, errors?.length ? `${id}-error` : undefined].filter(Boolean).join(' ')
  return (
    <fieldset className="wide">
      <legend>Tiltag der skal med</legend>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'flex-end' }}>
        <div className="field">
          <label htmlFor={`${id}-kind`}>Slags tiltag</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as ActionKind)}>
            {Object.entries(ACTION_KINDS).map(([value, k]) => (
              <option key={value} value={value}>
                {k.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field" style={{ flex: '1 1 16rem' }}>
          <label htmlFor={id}>{kind === 'termination' ? 'Lejet bygning' : 'Ejet bygning'}</label>
          <Combobox
            key={kind}
            inputId={id}
            kind={ACTION_KINDS[kind].picker}
            value=""
            valueLabel=""
            clearOnChoose
            invalid={!!errors?.length}
            describedBy={describedBy}
            onChange={(c) => c && add({ value: `${kind}:${c.id}`, label: `${ACTION_KINDS[kind].label}: ${c.label}` })}
          />
        </div>
      </div>
      <div className="field">
        <PickedList name="requiredActions" items={items} onRemove={remove} label="Tiltag der skal med" />
        <div className="hint" id={`${id}-hint`}>
          Tiltag, som hvert alternativ skal indeholde ud over scenariets egne. Vælg slags, og skriv bygningens navn, adresse eller by.
        </div>
        <FieldErrors id={`${id}-error`} errors={errors} />
      </div>
    </fieldset>
  )
}
