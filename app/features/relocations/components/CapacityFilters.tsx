/**
 * The capacity page's choices (from which month, how long, which relocations, search in property names,
 * timeline by) and its verdict (months over capacity, staff left behind).
 */
import { Form } from 'react-router'
import type { RelocationStatus } from '#db/schema'
import { formatDanishMonth } from '~/core/dates'
import { statusLevelLabels, WINDOW_SIZES } from '~/core/relocation-labels'

const LEVELS = Object.keys(statusLevelLabels) as RelocationStatus[]

interface CapacityChoices {
  from: string
  months: number
  level: RelocationStatus
  timelineBy: 'ejendom' | 'enhed'
  monthChoices: string[]
  q: string
  detail: { propertyId: number } | null
}

export function CapacityFilters({ page: d }: { page: CapacityChoices }) {
  return (
    <Form method="get" className="filters no-print">
      <label>
        Fra måned
        <select name="fra" defaultValue={d.from}>
          {d.monthChoices.map((m) => (
            <option key={m} value={m}>
              {formatDanishMonth(m)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Periode
        <select name="maaneder" defaultValue={d.months}>
          {WINDOW_SIZES.map((n) => (
            <option key={n} value={n}>
              {n} måneder
            </option>
          ))}
        </select>
      </label>
      <label>
        Flytninger
        <select name="medtag" defaultValue={d.level}>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {statusLevelLabels[l]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Søg ejendom
        <input type="search" name="q" defaultValue={d.q} placeholder="Ejendommens navn" />
      </label>
      {d.detail && <input type="hidden" name="ejendom" value={d.detail.propertyId} />}
      <label>
        Tidslinje pr.
        <select name="tidslinje" defaultValue={d.timelineBy}>
          <option value="ejendom">Ejendom</option>
          <option value="enhed">Enhed</option>
        </select>
      </label>
      <button type="submit" className="secondary">
        Vis
      </button>
    </Form>
  )
}

/** Months over capacity in the window, and buildings people are still in after they are gone. */
export function CapacityAlerts({
  overMonths,
  leftBehind,
  leftBehindCount,
}: {
  overMonths: number
  leftBehind: string[]
  leftBehindCount: number
}) {
  const more = leftBehindCount - leftBehind.length
  return (
    <>
      {overMonths > 0 ? (
        <div className="alert error" role="alert" data-testid="over-capacity">
          {overMonths} {overMonths === 1 ? 'måned' : 'måneder'} over kapaciteten i perioden (røde felter).
        </div>
      ) : (
        <div className="alert success" role="status">
          Ingen ejendom er over kapaciteten i perioden.
        </div>
      )}
      {leftBehind.length > 0 && (
        <div className="alert error" role="alert" data-testid="left-behind">
          Ansatte sidder stadig i bygningen efter lejemålets ophør eller overtagelsesdagen: {leftBehind.join(', ')}
          {more > 0 ? ` og ${more} flere` : ''}. Se de røde bjælker i tidslinjen.
        </div>
      )}
    </>
  )
}
