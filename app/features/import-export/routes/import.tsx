/** Import: properties and leases from an .xlsx or CSV file, checked in full before anything is written. */
import { data, href, Link } from 'react-router'
import { ImportForm } from '~/features/import-export/components/ImportForm'
import { checkImport, importFile } from '~/features/import-export/import.server'
import { readImportOptions } from '~/features/import-export/schemas'
import type { ImportOutcome } from '~/features/import-export/types'
import { getDb } from '~/server/db.server'
import { readUpload } from '~/server/upload.server'
import { refusalFor } from '~/ui/action-result'
import { GeneralErrorBoundary } from '~/ui/GeneralErrorBoundary'
import importCss from '~/features/import-export/import.css?url'
import salesCss from '~/features/sales/sales.css?url'
import type { Route } from './+types/import'

export const links: Route.LinksFunction = () => [
  { rel: 'stylesheet', href: importCss },
  { rel: 'stylesheet', href: salesCss },
]

export const meta = () => [{ title: 'Import · Kloge Kvadratmeter' }]

/**
 * Without JavaScript the form posts here: check, or check and import, in one request. The upload
 * is a streamed multipart file; its button (`mode`) is the intent, and the report rides along.
 */
export async function action({ request }: Route.ActionArgs) {
  const upload = await readUpload(request)
  if (!upload.ok) {
    return data<ImportOutcome>(
      { intent: 'check', ok: false, reply: null, message: upload.message, report: null },
      { status: upload.status },
    )
  }
  const run = upload.mode === 'import' ? importFile : checkImport
  // The upload's bytes are read only by the check: they move to its worker, not copied.
  const options = { ...readImportOptions(upload.fields), handOver: true }
  const report = await run(await getDb(), upload.name, upload.bytes, undefined, request.signal, options)
  const ok = report.issueCount === 0
  return data<ImportOutcome>({ intent: upload.mode, ok, reply: null, message: null, report }, { status: ok ? 200 : 422 })
}

export default function ImportPage({ actionData }: Route.ComponentProps) {
  return (
    <section className="page">
      <div className="page-header">
        <div>
          <h1>Import af ejendomme og lejemål</h1>
          <p>
            Indlæs registret fra Excel (.xlsx) eller CSV. Filen kontrolleres i sin helhed først; intet gemmes, før filen er uden fejl, og du
            har bekræftet.
          </p>
        </div>
      </div>
      <div className="card">
        <h2>1. Hent skabelonen</h2>
        <p>
          <a className="button secondary" href={href('/import/skabelon.xlsx')} download>
            Hent skabelon (.xlsx)
          </a>{' '}
          <span className="muted">
            eller brug en eksport fra <Link to={href('/ejendomme')}>Ejendomme</Link> eller <Link to={href('/lejemaal')}>Lejemål</Link>:
            kolonnerne er de samme.
          </span>
        </p>
        <ul className="muted import-rules">
          <li>
            Første række er kolonneoverskrifterne. Arket "Ejendomme" og arket "Lejemål" kan være i samme fil; lejemål kan pege på ejendomme
            i filen ved navn.
          </li>
          <li>Beløb og tal på dansk (1.234.567,89) eller som tal-celler; datoer som 31.05.2024 eller dato-celler.</li>
          <li>Koordinater i grader (Breddegrad/Længdegrad, WGS84) eller i meter (Øst/Nord, ETRS89 / UTM 32N som i BBR og DAWA).</li>
          <li>Rækker med Id opdaterer den eksisterende ejendom eller det eksisterende lejemål.</li>
          <li>
            En række uden Id, der allerede findes i registret (ejendomme: samme adresse og postnummer; lejemål: samme ejendom, modpart og
            startdato), vises med sine ændringer. Uændrede rækker springes over, ændrede opdaterer den eksisterende; du kan vælge andet for
            hele filen eller for hver række.
          </li>
        </ul>
      </div>
      <div className="card">
        <h2>2. Vælg og kontrollér filen</h2>
        {refusalFor(actionData, 'check') && (
          <div className="alert error" role="alert">
            {refusalFor(actionData, 'check')}
          </div>
        )}
        <ImportForm serverReport={actionData?.report ?? null} />
      </div>
    </section>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <GeneralErrorBoundary error={error} />
}
