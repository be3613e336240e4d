/** The sales totals: realised so far, expected for the rest, and all together (millions, with exact kroner below). */
import { formatMillions, formatOre, oreToKroner } from '~/core/money'
import type { SalesTotals } from '~/features/sales/types'

function Tile({ label, ore, detail, testId }: { label: string; ore: number; detail: string; testId: string }) {
  return (
    <div className="tile" data-testid={testId}>
      <div className="label">{label}</div>
      <div className="value">{formatMillions(oreToKroner(ore))}</div>
      <div className="muted small">
        {formatOre(ore, { decimals: 0 })} · {detail}
      </div>
    </div>
  )
}

export function SalesTotalsBar({ totals }: { totals: SalesTotals }) {
  const t = totals
  return (
    <div className="tiles sales-totals" aria-label="Salg i alt">
      <Tile
        testId="sales-realised"
        label="Solgt indtil nu"
        ore={t.realisedOre}
        detail={`${t.soldCount} ${t.soldCount === 1 ? 'ejendom' : 'ejendomme'} solgt`}
      />
      <Tile
        testId="sales-expected"
        label="Forventet for de øvrige"
        ore={t.expectedOre}
        detail={`${t.openCount} salg i gang (aftalt eller forventet pris)`}
      />
      <Tile
        testId="sales-total"
        label="Salg i alt"
        ore={t.totalOre}
        detail={t.withdrawnCount ? `${t.withdrawnCount} trukket tilbage tæller ikke med` : 'realiseret og forventet'}
      />
    </div>
  )
}
