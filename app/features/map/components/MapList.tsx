/**
 * The properties in the map's visible box as a table, a page at a time: the same filter, with
 * links, for keyboard and screen-reader users and for anyone who prefers a list to a map.
 */
import { href, Link } from 'react-router'
import { ownershipLabels, propertyUseLabels, saleStatusLabels } from '~/core/labels'
import { NO_ENERGY_LABEL } from '~/core/energy'
import { formatNumberDa, Money } from '~/core/money'
import type { PageInfo } from '~/core/paging'
import type { MapProperty } from '~/features/map/types'
import { Pager } from '~/ui/Pager'
import { STATUS_LEGEND } from './map-style'

export function MapList({ properties, info }: { properties: MapProperty[]; info: PageInfo }) {
  return (
    <div className="card map-list">
      <h2 id="kort-liste">Ejendommene i kortudsnittet som liste</h2>
      <Pager {...info} noun={['ejendom', 'ejendomme']} label="Sideskift i listen" />
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
            {properties.map((p) => (
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
      {info.pageCount > 1 && <Pager {...info} noun={['ejendom', 'ejendomme']} label="Sideskift i listen, nederst" />}
    </div>
  )
}
