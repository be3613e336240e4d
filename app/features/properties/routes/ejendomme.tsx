/** Ejendomme: every property in a server-paged grid. */
import { href, Link } from 'react-router'
import { useCan } from '~/ui/use-can'
import { propertyFields } from '~/features/properties/fields'
import { gridColumnsOf } from '~/ui/grid/columns'
import { ServerGrid } from '~/ui/grid/ServerGrid'
import type { Property } from '#db/schema'

export const meta = () => [{ title: 'Ejendomme · Kloge Kvadratmeter' }]

const columns = gridColumnsOf<Property>(propertyFields)

export default function PropertiesPage() {
  const canEdit = useCan('edit_register')
  return (
    <section className="page">
      <div className="page-header">
        <div>
          <h1>Ejendomme</h1>
          <p>Kommunens ejede og lejede ejendomme. Klik på en række for at se og redigere ejendommen.</p>
        </div>
        {canEdit && (
          <Link className="button" to={href('/ejendomme/ny')}>
            Ny ejendom
          </Link>
        )}
      </div>
      <ServerGrid<Property>
        gridId="ejendomme"
        endpoint={href('/api/v1/properties')}
        exportHref={href('/ejendomme/eksport.csv')}
        excelHref={href('/ejendomme/eksport.xlsx')}
        columnDefs={columns}
        rowHref={(p) => href('/ejendomme/:id', { id: String(p.id) })}
        searchLabel="Søg i navn, adresse og by"
        noun={['ejendom', 'ejendomme']}
      />
    </section>
  )
}
