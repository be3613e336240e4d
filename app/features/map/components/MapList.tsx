/**
 * The map's properties as a table: the same filter, with links, for keyboard and screen-reader
 * users and for anyone who prefers a list to a map.
 */
import { href, Link } from 'react-router'
import { ownershipLabels, propertyUseLabels, saleStatusLabels } from '~/core/labels'
import { NO_ENERGY_LABEL } from '~/core/energy'
import { formatNumberDa, Money } from '~/core/money'
import type { MapProperty } from '~/features/map/types'
import { STATUS_LEGEND } from './map-style'

export function MapList({ properties }: { properties: MapProperty[] }) {
  const sorted = [...properties].sort((a, b) => a.name.localeCompare(b.name, 'da'))
  return (
    <div className="card map-list">
      <h2 id="kort-liste">Ejendommene på kortet som liste</h2>
      <div className="table-scroll">
        <table className="plain" aria-labelledby="kort-liste">
          <thead>
            <tr>
              <th scope="col">Ejendom</th>
              <th scope="col">Adresse</th>
              <th scope="col">Status</th>
              <th scope="col">Anvendelse</th>
              <th scope="col">Ejerforhold</th>
              <th scope="col">Salg</th>
              <th scope="col">Energimærke</th>
              <th scope="col" className="num">
                kWh pr. m²
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((p) => (
              <tr key={p.id}>
                <td>
                  <Link to={href('/ejendomme/:id', { id: String(p.id) })}>{p.name}</Link>
                </td>
                <td>
                  {p.address}, {p.town}
                </td>
                <td>{STATUS_LEGEND[p.status]}</td>
                <td>{propertyUseLabels[p.use]}</td>
                <td>{ownershipLabels[p.ownership]}</td>
                <td>
                  {p.saleId && p.saleStatus ? (
                    <Link to={href('/salg/:id', { id: String(p.saleId) })}>{saleStatusLabels[p.saleStatus]}</Link>
                  ) : (
                    '–'
                  )}
                </td>
                <td>{p.energyLabel ?? NO_ENERGY_LABEL}</td>
                <td className="num">{p.kwhPerM2 === null ? '–' : `${formatNumberDa(new Money(p.kwhPerM2), 0)} (${p.consumptionYear})`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
