/** The rotation page's pieces: its relocations, and the card that edits or deletes it. */
import type { SubmissionResult } from '@conform-to/react'
import { Form, href, Link } from 'react-router'
import type { Rotation } from '#db/schema'
import { formatDanishDate } from '~/core/dates'
import { formatFte } from '~/core/relocation-labels'
import type { RelocationListRow } from '~/features/relocations/types'
import { dateText } from '~/ui/form-values'
import { RotationForm } from './RotationForm'
import { StatusBadge } from './StatusBadge'

export function RotationRelocations({ relocations }: { relocations: RelocationListRow[] }) {
  return (
    <table className="plain">
      <thead>
        <tr>
          <th>Dato</th>
          <th>Enhed</th>
          <th>Fra</th>
          <th>Til</th>
          <th className="num">Årsværk</th>
          <th>Status</th>
        </tr>
      </thead>
      <tbody>
        {relocations.map((r) => (
          <tr key={r.id}>
            <td>
              <Link to={href('/flytninger/:id', { id: String(r.id) })}>{formatDanishDate(r.date)}</Link>
            </td>
            <td>{r.unitName}</td>
            <td>{r.fromPropertyName}</td>
            <td>{r.toPropertyName}</td>
            <td className="num">{formatFte(r.headcount)}</td>
            <td>
              <StatusBadge status={r.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** "Ret rokaden": the rotation form, and deleting the rotation (its relocations stay). */
export function RotationEditCard({ rotation, lastResult }: { rotation: Rotation; lastResult: SubmissionResult<string[]> | null }) {
  return (
    <div className="card no-print">
      <h2>Ret rokaden</h2>
      <RotationForm
        key={rotation.version}
        lastResult={lastResult}
        version={rotation.version}
        defaultValue={{ name: rotation.name, description: rotation.description, date: dateText(rotation.date) }}
        submitLabel="Gem rokade"
      />
      <Form
        method="post"
        onSubmit={(e) => {
          if (!window.confirm(`Slet rokaden ${rotation.name}? Flytningerne bevares.`)) e.preventDefault()
        }}
      >
        <input type="hidden" name="intent" value="delete" />
        <div className="form-actions">
          <button type="submit" className="danger">
            Slet rokade
          </button>
        </div>
      </Form>
    </div>
  )
}
