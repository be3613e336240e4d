/** The municipality's emission factors, per carrier and year, with their sources. */
import { Form } from 'react-router'
import { formatNumberDa, Money } from '~/core/money'
import { CARRIER_LABELS } from '~/core/savings'
import type { EmissionFactorRow } from '~/features/climate/types'

/** kg CO2e/MWh from grams, Danish, with the decimals it has. @example kgDa(60_500) // '60,5' */
export function kgDa(grams: number): string {
  const kg = new Money(grams).div(1000)
  return formatNumberDa(kg, kg.decimalPlaces())
}

const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1)

export function FactorTable({ factors, canEdit }: { factors: EmissionFactorRow[]; canEdit: boolean }) {
  if (factors.length === 0) return <p className="muted">Der er ingen emissionsfaktorer endnu; scenarierne regner da CO2e som 0.</p>
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Emissionsfaktorer (rul vandret for flere kolonner)">
      <table className="plain compact" aria-label="Emissionsfaktorer">
        <thead>
          <tr>
            <th>Energiform</th>
            <th className="num">År</th>
            <th className="num">kg CO2e/MWh</th>
            <th>Kilde</th>
            {canEdit && <th aria-label="Handlinger" />}
          </tr>
        </thead>
        <tbody>
          {factors.map((f) => (
            <tr key={f.id} data-testid={`factor-${f.carrier}-${f.year}`}>
              <td>{capital(CARRIER_LABELS[f.carrier])}</td>
              <td className="num">{f.year}</td>
              <td className="num">{kgDa(f.co2eGramsPerMwh)}</td>
              <td className="muted" style={{ minWidth: '14rem' }}>
                {f.sourceNote || '–'}
              </td>
              {canEdit && (
                <td>
                  <Form method="post">
                    <input type="hidden" name="intent" value="delete" />
                    <input type="hidden" name="factorId" value={f.id} />
                    <input type="hidden" name="version" value={f.version} />
                    <button
                      type="submit"
                      className="secondary small"
                      aria-label={`Slet faktoren for ${CARRIER_LABELS[f.carrier]} ${f.year}`}
                    >
                      Slet
                    </button>
                  </Form>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
