/** The property page's cards of what belongs to the property: its leases, the units housed there, its sale. */
import { href, Link } from 'react-router'
import type { Lease, Property, Sale, Unit } from '#db/schema'
import { formatDanishDate } from '~/core/dates'
import { leaseDirectionLabels, leaseStatusLabels, saleStatusLabels } from '~/core/labels'
import { formatOre } from '~/core/money'

/** The leases on the property, each linking to its page; a new lease can be started from here. */
export function PropertyLeases({ property, leases, canEdit }: { property: Property; leases: Lease[]; canEdit: boolean }) {
  return (
    <div className="card">
      <div className="page-header">
        <h2>Lejemål på ejendommen</h2>
        {canEdit && (
          <Link className="button secondary" to={`${href('/lejemaal/ny')}?ejendom=${property.id}`}>
            Nyt lejemål
          </Link>
        )}
      </div>
      {leases.length === 0 ? (
        <p className="muted">Ingen lejemål.</p>
      ) : (
        <table className="plain">
          <thead>
            <tr>
              <th>Modpart</th>
              <th>Retning</th>
              <th className="num">Årlig husleje</th>
              <th>Ophør</th>
              <th>Status</th>
            </tr>
          </thead>
          <tbody>
            {leases.map((l) => (
              <tr key={l.id}>
                <td>
                  <Link to={href('/lejemaal/:id', { id: String(l.id) })}>{l.counterparty}</Link>
                </td>
                <td>{leaseDirectionLabels[l.direction]}</td>
                <td className="num">{formatOre(l.annualRentOre)}</td>
                <td>{l.endDate ? formatDanishDate(l.endDate) : '–'}</td>
                <td>{leaseStatusLabels[l.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}

/** The units whose main site is the property. */
export function PropertyUnits({ units }: { units: Unit[] }) {
  return (
    <div className="card">
      <h2>Enheder i ejendommen</h2>
      {units.length === 0 ? (
        <p className="muted">Ingen enheder har til huse her.</p>
      ) : (
        <table className="plain">
          <thead>
            <tr>
              <th>Enhed</th>
              <th className="num">Årsværk</th>
              <th>Kontaktperson</th>
            </tr>
          </thead>
          <tbody>
            {units.map((u) => (
              <tr key={u.id}>
                <td>
                  <Link to={href('/enheder/:id', { id: String(u.id) })}>{u.name}</Link>
                  {u.external ? ' (ekstern bruger)' : ''}
                </td>
                <td className="num">{String(u.headcount).replace('.', ',')}</td>
                <td>{u.contactPerson}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}

function SaleFacts({ sale }: { sale: Sale }) {
  return (
    <dl className="facts">
      <dt>Status</dt>
      <dd>{saleStatusLabels[sale.status]}</dd>
      {sale.designatedDate && (
        <>
          <dt>Udpeget</dt>
          <dd>
            {formatDanishDate(sale.designatedDate)} {sale.councilReference}
          </dd>
        </>
      )}
      {sale.expectedPriceOre != null && (
        <>
          <dt>Forventet pris</dt>
          <dd>{formatOre(sale.expectedPriceOre)}</dd>
        </>
      )}
      {sale.realisedPriceOre != null && (
        <>
          <dt>Realiseret pris</dt>
          <dd>{formatOre(sale.realisedPriceOre)}</dd>
        </>
      )}
      {sale.takeoverDate && (
        <>
          <dt>Overtagelsesdag</dt>
          <dd>{formatDanishDate(sale.takeoverDate)}</dd>
        </>
      )}
    </dl>
  )
}

/** The property's sale, or (for an owned property not sold) the way to designate it for sale. */
export function PropertySale({ property, sale, canEdit }: { property: Property; sale: Sale | undefined; canEdit: boolean }) {
  if (sale) {
    return (
      <div className="card">
        <div className="page-header">
          <h2>Salg</h2>
          <Link className="button secondary" to={href('/salg/:id', { id: String(sale.id) })}>
            Se salget
          </Link>
        </div>
        <SaleFacts sale={sale} />
      </div>
    )
  }
  if (!canEdit || property.ownership !== 'owned' || property.status === 'sold') return null
  return (
    <div className="card no-print">
      <div className="page-header">
        <h2>Salg</h2>
        <Link className="button secondary" to={`${href('/salg/ny')}?ejendom=${property.id}`}>
          Udpeg til salg
        </Link>
      </div>
      <p className="muted">Ejendommen er ikke udpeget til salg.</p>
    </div>
  )
}
