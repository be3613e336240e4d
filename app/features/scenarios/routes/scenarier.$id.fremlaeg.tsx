/** Fremlæg: review what a scenario changes against the decided plan, then record the council's decision. */
import { parseWithZod } from '@conform-to/zod/v4'
import { href, Link, redirect } from 'react-router'
import { PromotionForm } from '~/features/scenarios/components/PromotionForm'
import { PromotionReviewView } from '~/features/scenarios/components/PromotionReviewView'
import { getPromotionReview, promoteScenario } from '~/features/scenarios/promotion.server'
import { promotionSchema } from '~/features/scenarios/schemas'
import { invalid, readIntent, refused } from '~/server/action.server'
import { getDb } from '~/server/db.server'
import { invariantResponse, parseId } from '~/server/http'
import { outcomeFor } from '~/ui/action-result'
import { GeneralErrorBoundary } from '~/ui/GeneralErrorBoundary'
import { useCan } from '~/ui/use-can'
import type { Route } from './+types/scenarier.$id.fremlaeg'

export const meta = ({ data }: Route.MetaArgs) => [{ title: `Fremlæg ${data?.review.scenario.title ?? 'scenarie'} · Kloge Kvadratmeter` }]

export async function loader({ params }: Route.LoaderArgs) {
  const review = await getPromotionReview(await getDb(), parseId(params.id, 'Scenariet'))
  invariantResponse(review, 'Scenariet findes ikke. Det kan være slettet.')
  return { review }
}

export async function action({ request, params }: Route.ActionArgs) {
  const id = parseId(params.id, 'Scenariet')
  const formData = await request.formData()
  const intent = readIntent(formData, ['promote'] as const)
  const submission = parseWithZod(formData, { schema: promotionSchema })
  if (submission.status !== 'success') return invalid(intent, submission)
  const result = await promoteScenario(await getDb(), id, submission.value)
  if (!result.ok) return refused(intent, result, submission)
  return redirect(`${href('/scenarier/beslutninger')}?besked=vedtaget`)
}

export default function PromotionPage({ loaderData, actionData }: Route.ComponentProps) {
  const { review } = loaderData
  const canEdit = useCan('edit_scenarios')
  const scenarioHref = href('/scenarier/:id', { id: String(review.scenario.id) })
  return (
    <section className="page">
      <div className="breadcrumb">
        <Link to={href('/scenarier')}>Scenarier</Link> › <Link to={scenarioHref}>{review.scenario.title}</Link> › Fremlæg
      </div>
      <h1>Fremlæg {review.scenario.title} som vedtaget plan</h1>
      <p>
        Gennemgå, hvad scenariet ændrer i forhold til {review.baseline?.title ?? 'den gældende plan'}, før kommunalbestyrelsens beslutning
        registreres. Den gældende plan gemmes som historik og kan ikke ændres bagefter.
      </p>
      <PromotionReviewView review={review} />
      <div className="card no-print">
        <h2>Kommunalbestyrelsens beslutning</h2>
        {review.blocked ? (
          <div className="alert info" role="status">
            {review.blocked}
          </div>
        ) : canEdit ? (
          <PromotionForm title={review.scenario.title} lastResult={outcomeFor(actionData, 'promote')?.reply ?? null} />
        ) : (
          <p className="muted">Kun brugere der må ændre scenarier, kan gøre et scenarie til vedtaget plan.</p>
        )}
        <p>
          <Link to={scenarioHref}>Tilbage til scenariet uden at ændre noget</Link>
        </p>
      </div>
    </section>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <GeneralErrorBoundary error={error} />
}
