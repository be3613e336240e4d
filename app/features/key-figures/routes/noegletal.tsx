/** Nøgletal: each building's energy, CO2e, space and cost per m² against the median and the norms. */
import { parseWithZod } from '@conform-to/zod/v4'
import { href, Link } from 'react-router'
import { formatNumberDa } from '~/core/money'
import keyFiguresCss from '~/features/key-figures/key-figures.css?url'
import { FIGURE_COLUMNS, figureText, KeyFigureTable } from '~/features/key-figures/components/KeyFigureTable'
import { DemoEnergyNote } from '~/features/properties/components/DemoEnergyNote'
import { NormsForm } from '~/features/key-figures/components/NormsForm'
import { compute } from '~/features/compute.server'
import { saveNorms } from '~/features/key-figures/key-figures.server'
import { normsSchema } from '~/features/key-figures/schemas'
import { sortOf, sortQuery, type KeyFigureSort } from '~/features/key-figures/sorting'
import { done, invalid, readIntent, refused } from '~/server/action.server'
import { getDb } from '~/server/db.server'
import { outcomeFor } from '~/ui/action-result'
import { GeneralErrorBoundary } from '~/ui/GeneralErrorBoundary'
import { useCan } from '~/ui/use-can'
import type { Route } from './+types/noegletal'

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: keyFiguresCss }]

export const meta = () => [{ title: 'Nøgletal · Kloge Kvadratmeter' }]

export async function loader({ request }: Route.LoaderArgs) {
  const params = new URL(request.url).searchParams
  const page = Math.floor(Number(params.get('side'))) || 1
  return compute.keyFigures.page(Math.min(page, 1_000_000), sortOf(params))
}

export async function action({ request }: Route.ActionArgs) {
  const formData = await request.formData()
  const intent = readIntent(formData, ['norms'] as const)
  const submission = parseWithZod(formData, { schema: normsSchema })
  if (submission.status !== 'success') return invalid(intent, submission)
  const result = await saveNorms(await getDb(), submission.value)
  if (!result.ok) return refused(intent, result, submission)
  return done(intent, 'Normerne er gemt.')
}

function Pages({ page, pages, sort }: { page: number; pages: number; sort: KeyFigureSort }) {
  if (pages <= 1) return null
  const order = sortQuery(sort)
  const to = (n: number) => `${href('/noegletal')}?${order ? `${order}&` : ''}side=${n}`
  return (
    <nav className="pager" aria-label="Sider">
      {page > 1 && <Link to={to(page - 1)}>Forrige side</Link>} Side {page} af {pages}{' '}
      {page < pages && <Link to={to(page + 1)}>Næste side</Link>}
    </nav>
  )
}

export default function KeyFiguresPage({ loaderData, actionData }: Route.ComponentProps) {
  const { buildings, medians, norms, normsVersion, page, pages, total, hasEmissionFactors, sort } = loaderData
  const saved = outcomeFor(actionData, 'norms')
  const canEdit = useCan('edit_scenarios')
  return (
    <section className="page">
      <div className="page-header">
        <div>
          <h1>Nøgletal</h1>
          <p>
            Energi, CO2e, plads og drift pr. bygning for {formatNumberDa(total)} bygninger, der ikke er solgt. Hvert tal står mod
            porteføljens median og mod normen; bygninger mere end 25 % over er markeret med en bemærkning.
          </p>
        </div>
      </div>
      <DemoEnergyNote />
      <div className="card">
        <h2>Porteføljens median</h2>
        <dl className="norm-summary">
          {FIGURE_COLUMNS.map((c) => (
            <div key={c.name}>
              <dt>{c.header}</dt>
              <dd>{figureText(c.name, medians[c.name])}</dd>
            </div>
          ))}
        </dl>
        <p className="muted">
          Energi er varme og el i det seneste år med registreret forbrug. Medarbejdere er årsværk i de enheder, der er placeret i bygningen.
          {!hasEmissionFactors && ' CO2e kan ikke beregnes, før der er registreret emissionsfaktorer.'}
        </p>
      </div>
      <KeyFigureTable buildings={buildings} medians={medians} norms={norms} sort={sort} />
      <Pages page={page} pages={pages} sort={sort} />
      <div className="card">
        <h2>Normer</h2>
        {saved?.ok && (
          <div className="alert success" role="status">
            {saved.message}
          </div>
        )}
        <NormsForm key={normsVersion ?? 0} norms={norms} version={normsVersion} lastResult={saved?.reply ?? null} disabled={!canEdit} />
      </div>
    </section>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <GeneralErrorBoundary error={error} />
}
