/** Ejendomme: every property in a server-paged grid. */
import { Link } from 'react-router'
import { useCan } from '~/ui/use-can'
import { enumColumn, moneyColumn, numberColumn, textColumn } from '~/ui/grid/columns'
import { ServerGrid } from '~/ui/grid/ServerGrid'
import type { Property } from '#db/schema'
import { ownershipLabels, propertyStatusLabels, propertyUseLabels } from '~/core/labels'

export const meta = () => [{ title: 'Ejendomme · Kloge Kvadratmeter' }]

const columns = [
  textColumn<Property>('name', 'Navn', { pinned: 'left', width: 240 }),
  textColumn<Property>('address', 'Adresse', { width: 200 }),
  textColumn<Property>('postcode', 'Postnr.', { width: 100 }),
  textColumn<Property>('town', 'By', { width: 130 }),
  enumColumn<Property>('ownership', 'Ejerforhold', ownershipLabels, { width: 120 }),
  enumColumn<Property>('use', 'Anvendelse', propertyUseLabels),
  numberColumn<Property>('grossAreaM2', 'Areal (m²)'),
  numberColumn<Property>('workplaces', 'Arbejdspladser'),
  moneyColumn<Property>('annualOperatingCostOre', 'Drift pr. år'),
  moneyColumn<Property>('annualMaintenanceOre', 'Vedligehold pr. år'),
  moneyColumn<Property>('maintenanceBacklogOre', 'Efterslæb'),
  enumColumn<Property>('status', 'Status', propertyStatusLabels),
  numberColumn<Property>('latitude', 'Breddegrad', 4, { hide: true }),
  numberColumn<Property>('longitude', 'Længdegrad', 4, { hide: true }),
]

export default function PropertiesPage() {
  const canEdit = useCan('edit_register')
  return (
    <section className="page">
      <div className="page-header">
        <div>
          <h1>Ejendomme</h1>
          <p>Kommunens ejede og lejede ejendomme. Klik på en række for at se og redigere ejendommen.</p>
        </div>
        {canEdit && <Link className="button" to="/ejendomme/ny">
          Ny ejendom
        </Link>}
      </div>
      <ServerGrid<Property>
        gridId="ejendomme"
        endpoint="/api/v1/properties"
        exportHref="/ejendomme/eksport.csv"
        excelHref="/ejendomme/eksport.xlsx"
        columnDefs={columns}
        rowHref={(p) => `/ejendomme/${p.id}`}
        searchLabel="Søg i navn, adresse og by"
        noun={['ejendom', 'ejendomme']}
      />
    </section>
  )
}
