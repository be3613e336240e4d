/**
 * The sale's effect on the budget per year, from the savings engine: saved operating cost, saved
 * maintenance (when the plan counts it), lost rental income and the net operating saving; below,
 * the one-off capital income and avoided backlog, which are never operating savings.
 */
import { formatDanishDate } from '~/core/dates'
import { formatKroner, Money } from '~/core/money'
import type { SaleEffect, SaleEffectYear } from '~/features/sales/types'
import { Term } from '~/features/help/components/Term'

const kr = (value: string) => formatKroner(new Money(value), { decimals: 0 })

const BASIS: Record<SaleEffect['priceBasis'], string> = {
  realised: 'realiseret pris',
  agreed: 'aftalt pris',
  expected: 'forventet pris',
  none: 'ingen pris angivet endnu',
}

type RecurringKey = keyof SaleEffect['fullYear']

/** From when the figures count, what the capital income rests on, and whether avoided maintenance counts. */
function EffectNote({ effect }: { effect: SaleEffect }) {
  return (
    <p className="muted">
      {effect.takeoverKnown
        ? `Fra overtagelsesdagen ${formatDanishDate(effect.takeoverDate)}.`
        : `Overtagelsesdagen kendes ikke endnu; tallene viser et salg med overtagelse ${formatDanishDate(effect.takeoverDate)}.`}{' '}
      Anlægsindtægten bygger på {BASIS[effect.priceBasis]} fratrukket salgsomkostninger.
      {effect.countsAvoidedMaintenance
        ? ' Undgået planlagt vedligehold medregnes (antagelse i den vedtagne plan).'
        : ' Undgået planlagt vedligehold medregnes ikke (antagelse i den vedtagne plan).'}
    </p>
  )
}

/** A recurring row: per year and the full year; a lost income is shown with a minus. */
function RecurringRow({ effect, rowKey, label, minus }: { effect: SaleEffect; rowKey: RecurringKey; label: string; minus?: boolean }) {
  const cell = (value: string) => `${minus && value !== '0' ? '−' : ''}${kr(value)}`
  return (
    <tr className={rowKey === 'netOperatingSaving' ? 'net' : undefined}>
      <th scope="row">{label}</th>
      {effect.years.map((y) => (
        <td key={y.year} className="num">
          {cell(y[rowKey])}
        </td>
      ))}
      <td className="num">{cell(effect.fullYear[rowKey])}</td>
    </tr>
  )
}

/** A one-off row: per year only. */
function OneOffRow({ years, rowKey, label }: { years: SaleEffectYear[]; rowKey: 'capitalIncome' | 'avoidedBacklog'; label: string }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      {years.map((y) => (
        <td key={y.year} className="num">
          {kr(y[rowKey])}
        </td>
      ))}
      <td />
    </tr>
  )
}

export function SaleEffectTable({ effect }: { effect: SaleEffect }) {
  return (
    <div>
      <EffectNote effect={effect} />
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
              <th className="num">
                <Term term="fullYearEffect">Helår</Term>
              </th>
            </tr>
          </thead>
          <tbody>
            <RecurringRow effect={effect} rowKey="savedOperating" label="Sparet drift" />
            {effect.countsAvoidedMaintenance && <RecurringRow effect={effect} rowKey="savedMaintenance" label="Sparet vedligehold" />}
            <RecurringRow effect={effect} rowKey="lostRentalIncome" label="Tabt lejeindtægt" minus />
            <RecurringRow effect={effect} rowKey="netOperatingSaving" label="Nettodriftsbesparelse" />
            <tr className="group">
              <th colSpan={effect.years.length + 2}>
                <Term term="capitalOperating">Engangsbeløb (anlæg, ikke driftsbesparelse)</Term>
              </th>
            </tr>
            <OneOffRow years={effect.years} rowKey="capitalIncome" label="Anlægsindtægt" />
            <OneOffRow years={effect.years} rowKey="avoidedBacklog" label="Undgået efterslæb" />
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
