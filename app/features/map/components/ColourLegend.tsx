/**
 * "Farv efter": colour the markers by status, energy label or kWh per m², with the legend of the
 * chosen colouring and how many properties each colour stands for. The list under the map writes
 * the same values out, so nothing depends on telling colours apart.
 */
import type { EnergyLabel } from '#db/schema'
import { energyLabelLabels, NO_ENERGY_LABEL } from '~/core/energy'
import type { ColourBy, MapProperty } from '~/features/map/types'
import { KWH_BANDS, kwhBand, LABEL_COLORS, NO_DATA_COLOR } from './map-style'

const CHOICES: { value: ColourBy; label: string }[] = [
  { value: 'status', label: 'Status' },
  { value: 'energyLabel', label: 'Energimærke' },
  { value: 'kwh', label: 'Energi pr. m² (kWh)' },
]

function Item({ color, text, count }: { color: string; text: string; count: number }) {
  return (
    <div className="legend-item static-colour">
      <span className="swatch" style={{ background: color }} aria-hidden="true" />
      {text} <span className="muted">({count})</span>
    </div>
  )
}

function LabelLegend({ properties }: { properties: MapProperty[] }) {
  const count = (l: EnergyLabel | null) => properties.filter((p) => p.energyLabel === l).length
  return (
    <>
      {(Object.keys(energyLabelLabels) as EnergyLabel[]).map((l) => (
        <Item key={l} color={LABEL_COLORS[l]} text={energyLabelLabels[l]} count={count(l)} />
      ))}
      <Item color={LABEL_COLORS.none} text={NO_ENERGY_LABEL} count={count(null)} />
    </>
  )
}

function KwhLegend({ properties }: { properties: MapProperty[] }) {
  return (
    <>
      {KWH_BANDS.map((b) => (
        <Item key={b.legend} color={b.color} text={b.legend} count={properties.filter((p) => kwhBand(p.kwhPerM2) === b).length} />
      ))}
      <Item color={NO_DATA_COLOR} text="Intet registreret forbrug" count={properties.filter((p) => p.kwhPerM2 === null).length} />
      <p className="muted legend-note">Varme og el i det seneste år med registreret forbrug.</p>
    </>
  )
}

export function ColourLegend({
  colourBy,
  onChange,
  properties,
}: {
  colourBy: ColourBy
  onChange: (next: ColourBy) => void
  /** The properties shown, for the counts. */
  properties: MapProperty[]
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
      {colourBy === 'energyLabel' && <LabelLegend properties={properties} />}
      {colourBy === 'kwh' && <KwhLegend properties={properties} />}
    </fieldset>
  )
}
