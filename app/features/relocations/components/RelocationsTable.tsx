/** The relocations list: filters, relocations with their costs, and the rotations that group them. */
import { Form, href, Link } from 'react-router'
import type { RelocationStatus, Rotation } from '#db/schema'
import { formatDanishDate } from '~/core/dates'
import { formatOre } from '~/core/money'
import { formatFte, relocationStatusLabels } from '~/core/relocation-labels'
import type { RelocationListRow } from '~/features/relocations/types'
import { StatusBadge } from './StatusBadge'

const STATUSES = Object.keys(relocationStatusLabels) as RelocationStatus[]

const relocationLink = (id: number) => href('/flytninger/:id', { id: String(id) })
const rotationLink = (id: number) => href('/flytninger/rokader/:id', { id: String(id) })

export function RelocationsTable({ relocations }: { relocations: RelocationListRow[] }) {
  return (
    <div className="table-scroll">
      <table className="plain compact" data-testid="relocations">
        <thead>
          <tr>
            <th>Dato</th>
            <th>Enhed</th>
            <th>Fra</th>
            <th>Til</th>
            <th className="num">Årsværk</th>
            <th>Status</th>
            <th>Rokade</th>
            <th className="num">Flytteudgift</th>
            <th className="num">Istandsættelse</th>
            <th className="num">Merdrift pr. år</th>
          </tr>
        </thead>
        <tbody>
          {relocations.map((r) => (
            <tr key={r.id}>
              <td>
                <Link to={relocationLink(r.id)}>{formatDanishDate(r.date)}</Link>
              </td>
              <td>
                <Link to={relocationLink(r.id)}>{r.unitName}</Link>
              </td>
              <td>{r.fromPropertyName}</td>
              <td>{r.toPropertyName}</td>
              <td className="num">{formatFte(r.headcount)}</td>
              <td>
                <StatusBadge status={r.status} />
              </td>
              <td>{r.rotationName && r.rotationId !== null ? <Link to={rotationLink(r.rotationId)}>{r.rotationName}</Link> : ''}</td>
              <td className="num" title={r.movingCostComputed ? 'Beregnet: årsværk × satsen pr. person' : undefined}>
                {formatOre(r.movingCostShownOre)}
                {r.movingCostComputed ? '*' : ''}
              </td>
              <td className="num">{formatOre(r.refurbishmentOre)}</td>
              <td className="num">{formatOre(r.addedAnnualOperatingOre)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

export function RotationsTable({ rotations }: { rotations: (Rotation & { relocationCount: number })[] }) {
  if (rotations.length === 0) return <p className="muted">Ingen rokader endnu.</p>
  return (
    <table className="plain compact">
      <thead>
        <tr>
          <th>Rokade</th>
          <th>Dato</th>
          <th className="num">Flytninger</th>
          <th>Beskrivelse</th>
        </tr>
      </thead>
      <tbody>
        {rotations.map((r) => (
          <tr key={r.id}>
            <td>
              <Link to={rotationLink(r.id)}>{r.name}</Link>
            </td>
            <td>{r.date ? formatDanishDate(r.date) : ''}</td>
            <td className="num">{r.relocationCount}</td>
            <td>{r.description}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** Which relocations the list shows: a status, a rotation, and (from a unit's link) one unit. */
export function RelocationFilters({
  status,
  rotationId,
  unitId,
  rotations,
}: {
  status: string
  rotationId: number | null
  unitId: number | null
  rotations: { id: number; name: string }[]
}) {
  return (
    <Form method="get" className="filters no-print">
      {unitId !== null && <input type="hidden" name="enhed" value={unitId} />}
      <label>
        Status
        <select name="status" defaultValue={status} aria-label="Vis flytninger med status">
          <option value="">Alle</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {relocationStatusLabels[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Rokade
        <select name="rokade" defaultValue={rotationId ?? ''} aria-label="Vis flytninger i rokade">
          <option value="">Alle</option>
          {rotations.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="secondary">
        Vis
      </button>
      {unitId !== null && <Link to={href('/flytninger')}>Vis alle enheder</Link>}
    </Form>
  )
}
