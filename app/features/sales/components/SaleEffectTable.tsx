/**
 * The sale's effect on the budget per year, from the savings engine: saved operating cost, saved
 * maintenance (when the plan counts it), lost rental income and the net operating saving; below,
 * the one-off capital income and avoided backlog, which are never operating savings.
 */
import { formatDanishDate } from '~/core/dates'
import { formatKroner, Money } from '~/core/money'
import type { SaleEffect } from '~/features/sales/types'

const kr = (value: string) => formatKroner(new Money(value), { decimals: 0 })

const BASIS: Record<SaleEffect['priceBasis'], string> = {
  realised: 'realiseret pris',
  agreed: 'aftalt pris',
  expected: 'forventet pris',
  none: 'ingen pris angivet endnu',
}

export function SaleEffectTable({ effect }: { effect: SaleEffect }) {
  const rows: { key: keyof SaleEffect['years'][number]; label: string; sign?: '-' }[] = [
    { key: 'savedOperating', label: 'Sparet drift' },
    ...(effect.countsAvoidedMaintenance ? [{ key: 'savedMaintenance' as const, label: 'Sparet vedligehold' }] : []),
    { key: 'lostRentalIncome', label: 'Tabt lejeindtægt', sign: '-' as const },
  ]
  return (
    <div>
      <p className="muted">
        {effect.takeoverKnown
          ? `Fra overtagelsesdagen ${formatDanishDate(effect.takeoverDate)}.`
          : `Overtagelsesdagen kendes ikke endnu; tallene viser et salg med overtagelse ${formatDanishDate(effect.takeoverDate)}.`}{' '}
        Anlægsindtægten bygger på {BASIS[effect.priceBasis]} fratrukket salgsomkostninger.
        {effect.countsAvoidedMaintenance
          ? ' Undgået planlagt vedligehold medregnes (antagelse i den vedtagne plan).'
          : ' Undgået planlagt vedligehold medregnes ikke (antagelse i den vedtagne plan).'}
      </p>
      <div className="table-scroll">
        <table className="plain compact" data-testid="sale-effect">
          <thead>
            <tr>
              <th>Kr. pr. år</th>
              {effect.years.map((y) => (
                <th key={y.year} className="num">
                  {y.year}
                </th>
              ))}
              <th className="num">Helår</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                {effect.years.map((y) => (
                  <td key={y.year} className="num">
                    {r.sign && y[r.key] !== '0' ? '−' : ''}
                    {kr(String(y[r.key]))}
                  </td>
                ))}
                <td className="num">
                  {r.sign && effect.fullYear[r.key as keyof SaleEffect['fullYear']] !== '0' ? '−' : ''}
                  {kr(effect.fullYear[r.key as keyof SaleEffect['fullYear']])}
                </td>
              </tr>
            ))}
            <tr className="net">
              <th scope="row">Nettodriftsbesparelse</th>
              {effect.years.map((y) => (
                <td key={y.year} className="num">
                  {kr(y.netOperatingSaving)}
                </td>
              ))}
              <td className="num">{kr(effect.fullYear.netOperatingSaving)}</td>
            </tr>
            <tr className="group">
              <th colSpan={effect.years.length + 2}>Engangsbeløb (ikke driftsbesparelse)</th>
            </tr>
            <tr>
              <th scope="row">Anlægsindtægt</th>
              {effect.years.map((y) => (
                <td key={y.year} className="num">
                  {kr(y.capitalIncome)}
                </td>
              ))}
              <td />
            </tr>
            <tr>
              <th scope="row">Undgået efterslæb</th>
              {effect.years.map((y) => (
                <td key={y.year} className="num">
                  {kr(y.avoidedBacklog)}
                </td>
              ))}
              <td />
            </tr>
          </tbody>
        </table>
      </div>
      {effect.conflicts.length > 0 && (
        <div className="alert error" role="alert">
          <strong>Bemærk:</strong>
          <ul>
            {effect.conflicts.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
