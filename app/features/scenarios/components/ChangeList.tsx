/** A titled list of measures (added, removed) or of changed measures with what changed. */
import type { FieldChange } from '~/core/fields'

export function ChangeList({
  title,
  items,
  empty,
  testId,
}: {
  title: string
  items: (string | { title: string; changes: FieldChange[] })[]
  empty: string
  testId: string
}) {
  return (
    <div data-testid={testId}>
      <h3>
        {title} ({items.length})
      </h3>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul>
          {items.map((t, i) =>
            typeof t === 'string' ? (
              <li key={`${t}-${i}`}>{t}</li>
            ) : (
              <li key={`${t.title}-${i}`}>
                {t.title}: {t.changes.map((x) => `${x.label} ${x.before} → ${x.after}`).join('; ')}
              </li>
            ),
          )}
        </ul>
      )}
    </div>
  )
}
