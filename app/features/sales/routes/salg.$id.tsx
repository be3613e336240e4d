/** Salg: one sale's path, next step, prices, bids, budget effect and history. */
import { parseWithZod } from '@conform-to/zod/v4'
import { data, Link, redirect } from 'react-router'
import { useCan } from '~/ui/use-can'
import { Flash } from '~/ui/Flash'
import { BidsCard } from '~/features/sales/components/BidsCard'
import { SaleDetailsForm } from '~/features/sales/components/SaleDetailsForm'
import { SaleEffectTable } from '~/features/sales/components/SaleEffectTable'
import { SaleFacts } from '~/features/sales/components/SaleFacts'
import { SaleHistory } from '~/features/sales/components/SaleHistory'
import { SalePath } from '~/features/sales/components/SalePath'
import { StepForm } from '~/features/sales/components/StepForm'
import { bidSchema, saleDetailsSchema, stepSchema } from '~/features/sales/schemas'
import { loadSalePage } from '~/features/sales/sale-page.server'
import { editSaleDetails, recordSaleStep, registerBid } from '~/features/sales/sales.server'
import { getDb } from '~/server/db.server'
import { invariantResponse, parseId } from '~/server/http'
import { failedReply, invalidReply } from '~/ui/submission'
import { GeneralErrorBoundary } from '~/ui/GeneralErrorBoundary'
import salesCss from '~/features/sales/sales.css?url'
import type { Route } from './+types/salg.$id'

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: salesCss }]

export const meta = ({ data }: Route.MetaArgs) => [{ title: `Salg: ${data?.sale.propertyName ?? ''} · Kloge Kvadratmeter` }]

export async function loader({ params }: Route.LoaderArgs) {
  const page = await loadSalePage(await getDb(), parseId(params.id, 'Salget'))
  invariantResponse(page, 'Salget findes ikke.')
  return page
}

const SCHEMAS = { step: stepSchema, bid: bidSchema, details: saleDetailsSchema } as const

export async function action({ request, params }: Route.ActionArgs) {
  const id = parseId(params.id, 'Salget')
  const formData = await request.formData()
  const intent = String(formData.get('intent') ?? 'step') as keyof typeof SCHEMAS
  invariantResponse(Object.hasOwn(SCHEMAS, intent), 'Ukendt handling.', 400)
  const db = await getDb()
  const submission = parseWithZod(formData, { schema: SCHEMAS[intent] })
  // The page has three forms; the intent tells which one the reply's messages belong to.
  const withIntent = (reply: ReturnType<typeof invalidReply>) => data({ intent, ...reply.data }, reply.init ?? undefined)
  if (submission.status !== 'success') return withIntent(invalidReply(submission))
  const value = submission.value
  const result =
    'status' in value
      ? await recordSaleStep(db, id, value.version, value)
      : 'bidder' in value
        ? await registerBid(db, id, value)
        : await editSaleDetails(db, id, value)
  if (!result.ok) return withIntent(failedReply(submission, result))
  return redirect(`/salg/${id}?besked=gemt`)
}

export default function SalePage({ loaderData, actionData }: Route.ComponentProps) {
  const { sale, steps, bids, nextSteps, effect, today } = loaderData
  const resultFor = (intent: string) => (actionData && actionData.intent === intent ? actionData.result : null)
  // Readers see the sale; only the property unit records steps, bids and prices.
  const canEdit = useCan('edit_register')
  return (
    <section className="page">
      <div className="breadcrumb">
        <Link to="/salg">Salg</Link> › {sale.propertyName}
      </div>
      <div className="page-header">
        <div>
          <h1>Salg: {sale.propertyName}</h1>
          <p>
            {sale.propertyAddress}, {sale.propertyTown} · <Link to={`/ejendomme/${sale.propertyId}`}>Se ejendommen</Link>
          </p>
        </div>
      </div>
      <Flash />
      <SalePath status={sale.status} />
      <div className="sale-grid">
        <div>
          {canEdit && nextSteps.length > 0 && (
            <div className="card no-print">
              <h2>Registrér næste trin</h2>
              <StepForm
                key={sale.version}
                version={sale.version}
                nextSteps={nextSteps}
                current={sale}
                today={today}
                lastResult={resultFor('step')}
              />
            </div>
          )}
          {nextSteps.length === 0 && <div className="alert info">Salget er gennemført; der kan ikke registreres flere trin.</div>}
          {effect && (
            <div className="card">
              <h2>Effekt på budgettet</h2>
              <SaleEffectTable effect={effect} />
            </div>
          )}
          <div className="card">
            <h2>Historik</h2>
            <SaleHistory steps={steps} />
          </div>
        </div>
        <div>
          <div className="card">
            <h2>Nøgletal</h2>
            <SaleFacts sale={sale} />
          </div>
          <BidsCard
            key={`bids-${bids.length}`}
            bids={bids}
            open={canEdit && (sale.status === 'offered' || sale.status === 'bid_received')}
            today={today}
            lastResult={resultFor('bid')}
          />
          {canEdit && (
            <div className="card no-print">
              <h2>Vurdering og omkostninger</h2>
              <SaleDetailsForm
                key={`details-${sale.version}`}
                version={sale.version}
                expectedPriceOre={sale.expectedPriceOre}
                saleCostsOre={sale.saleCostsOre}
                note={sale.note}
                lastResult={resultFor('details')}
              />
            </div>
          )}
        </div>
      </div>
    </section>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <GeneralErrorBoundary error={error} />
}
