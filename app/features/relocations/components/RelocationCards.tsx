/** The relocation page's pieces: its header, a done relocation's facts, and marking a planned one done. */
import { Form, href, Link } from 'react-router'
import { formatDanishDate } from '~/core/dates'
import { formatOre } from '~/core/money'
import { formatFte } from '~/core/relocation-labels'
import { MARK_DONE_ACCEPT_LABEL } from '~/features/relocations/schemas'
import type { RelocationListRow, RelocationRow } from '~/features/relocations/types'
import { StatusBadge } from './StatusBadge'

export function DoneRelocationCard({ relocation: r }: { relocation: RelocationListRow }) {
  return (
    <div className="card">
      <h2>Gennemført flytning</h2>
      <p className="muted">En gennemført flytning er en del af enhedens historik og kan ikke ændres.</p>
      <dl className="facts">
        <dt>Flyttedato</dt>
        <dd>{formatDanishDate(r.date)}</dd>
        <dt>Årsværk</dt>
        <dd>{formatFte(r.headcount)}</dd>
        <dt>Flytteudgift</dt>
        <dd>
          {formatOre(r.movingCostShownOre)}
          {r.movingCostComputed ? ' (årsværk × sats)' : ''}
        </dd>
        <dt>Istandsættelse</dt>
        <dd>{formatOre(r.refurbishmentOre)}</dd>
        <dt>Merudgift til drift pr. år</dt>
        <dd>{formatOre(r.addedAnnualOperatingOre)}</dd>
        {r.note && (
          <>
            <dt>Note</dt>
            <dd>{r.note}</dd>
          </>
        )}
      </dl>
    </div>
  )
}

/** "Markér som gennemført"; with warnings, they must be accepted first. */
export function MarkDoneCard({ version, warnings }: { version: number; warnings: readonly string[] }) {
  return (
    <div className="card no-print">
      <h2>Markér som gennemført</h2>
      <p className="muted">
        Når flytningen er sket: enhedens placering opdateres fra flyttedatoen, og den gamle placering gemmes i historikken.
      </p>
      <Form method="post">
        <input type="hidden" name="intent" value="done" />
        <input type="hidden" name="version" value={version} />
        {warnings.length > 0 && (
          <div className="field checkbox">
            <input type="checkbox" id="done-accept" name="acceptWarnings" />
            <label htmlFor="done-accept">{MARK_DONE_ACCEPT_LABEL}</label>
          </div>
        )}
        <div className="form-actions">
          <button type="submit">Markér som gennemført</button>
        </div>
      </Form>
    </div>
  )
}

/** Who moves from where to where and when, with links to the capacity there and the unit. */
export function RelocationHeader({ relocation: r }: { relocation: RelocationRow }) {
  return (
    <div className="page-header">
      <div>
        <h1>
          {r.unitName}: {r.fromPropertyName} → {r.toPropertyName}
        </h1>
        <p>
          {formatDanishDate(r.date)} · {formatFte(r.headcount)} årsværk · <StatusBadge status={r.status} />
          {r.rotationName && r.rotationId !== null && (
            <>
              {' '}
              · rokade <Link to={href('/flytninger/rokader/:id', { id: String(r.rotationId) })}>{r.rotationName}</Link>
            </>
          )}
        </p>
      </div>
      <div className="form-actions no-print">
        <Link className="button secondary" to={`${href('/kapacitet')}?ejendom=${r.toPropertyId}`}>
          Kapacitet i {r.toPropertyName}
        </Link>
        <Link className="button secondary" to={href('/enheder/:id', { id: String(r.unitId) })}>
          Enheden
        </Link>
      </div>
    </div>
  )
}
