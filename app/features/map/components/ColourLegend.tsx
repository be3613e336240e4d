/**
 * "Farv efter": colour the markers by status, energy label or kWh per m², with the legend of the
 * chosen colouring and how many properties in the visible box each colour stands for. The list under the map writes
 * the same values out, so nothing depends on telling colours apart.
 */
import type { EnergyLabel } from '#db/schema'
import { energyLabelLabels, NO_ENERGY_LABEL } from '~/core/energy'
import { formatNumberDa } from '~/core/money'
import type { ColourBy } from '~/features/map/types'
import { KWH_BANDS, LABEL_COLORS, NO_DATA_COLOR } from './map-style'

const CHOICES: { value: ColourBy; label: string }[] = [
  { value: 'status', label: 'Status' },
  { value: 'energyLabel', label: 'Energimærke' },
  { value: 'kwh', label: 'Energi pr. m² (kWh)' },
]

function Item({ color, text, count }: { color: string; text: string; count: number }) {
  return (
    <div className="legend-item static-colour">
      <span className="swatch" style={{ background: color }} aria-hidden="true" />
      {text} <span className="muted">({formatNumberDa(count)})</span>
    </div>
  )
}

type Counts = Record<string, number>

function LabelLegend({ counts }: { counts: Counts }) {
  return (
    <>
      {(Object.keys(energyLabelLabels) as EnergyLabel[]).map((l) => (
        <Item key={l} color={LABEL_COLORS[l]} text={energyLabelLabels[l]} count={counts[l] ?? 0} />
      ))}
      <Item color={LABEL_COLORS.none} text={NO_ENERGY_LABEL} count={counts.none ?? 0} />
    </>
  )
}

function KwhLegend({ counts }: { counts: Counts }) {
  return (
    <>
      {KWH_BANDS.map((b, i) => (
        <Item key={b.legend} color={b.color} text={b.legend} count={counts[String(i)] ?? 0} />
      ))}
      <Item color={NO_DATA_COLOR} text="Intet registreret forbrug" count={counts.none ?? 0} />
      <p className="muted legend-note">Varme og el i det seneste år med registreret forbrug.</p>
    </>
  )
}

export function ColourLegend({
  colourBy,
  onChange,
  counts,
}: {
  colourBy: ColourBy
  onChange: (next: ColourBy) => void
  /** Properties in the visible box per colour key, for the counts. */
  counts: Counts
}) {
  return (
    <fieldset>
      <legend>Farv efter</legend>
      {CHOICES.map((c) => (
        <label key={c.value} className="legend-item">
          <input type="radio" name="farv-efter" value={c.value} checked={colourBy === c.value} onChange={() => onChange(c.value)} />
          {c.label}
        </label>
      ))}
      {colourBy === 'energyLabel' && <LabelLegend counts={counts} />}
      {colourBy === 'kwh' && <KwhLegend counts={counts} />}
      {colourBy !== 'status' && <p className="muted legend-note">Antal i kortudsnittet.</p>}
    </fieldset>
  )
}
