/** The committee's four questions at a glance: full-year effect, target, gap, first year reached. */
import { Money, formatKroner } from '~/core/money'
import type { ScenarioFigures } from '~/features/scenarios/scenario-view'

/** `priceYear`: when rents are indexed, the year whose prices the full-year effect and target are in. */
export function TargetTiles({ summary, priceYear = null }: { summary: ScenarioFigures; priceYear?: number | null }) {
  const reached = new Money(summary.gapToTargetRaw).lte(0)
  return (
    <div className="tiles" data-testid="target-tiles">
      <div className="tile">
        <div className="label">Helårseffekt (netto drift)</div>
        <div className="value" data-testid="full-year-effect">
          {formatKroner(new Money(summary.fullYearEffect), { decimals: 0 })}
        </div>
        <div className="muted">pr. år, når alle tiltag virker{priceYear ? ` (${priceYear}-priser)` : ''}</div>
      </div>
      <div className="tile">
        <div className="label">Mål pr. år</div>
        <div className="value">{formatKroner(new Money(summary.target), { decimals: 0 })}</div>
      </div>
      <div className="tile">
        <div className="label">{reached ? 'Over målet' : 'Mangler til målet'}</div>
        <div className="value" style={{ color: reached ? 'var(--kk-green)' : 'var(--kk-red)' }} data-testid="gap-to-target">
          {formatKroner(new Money(summary.gapToTargetRaw).abs(), { decimals: 0 })}
        </div>
      </div>
      <div className="tile">
        <div className="label">Målet nås første gang</div>
        <div className="value">{summary.firstYearTargetReached ?? 'Ikke i perioden'}</div>
      </div>
    </div>
  )
}
