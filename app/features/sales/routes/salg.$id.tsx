/** Salg: one sale's path, next step, prices, bids, budget effect and history. */
import { parseWithZod } from '@conform-to/zod/v4'
import { href, Link, redirect } from 'react-router'
import type { z } from 'zod'
import { useCan } from '~/ui/use-can'
import { Flash } from '~/ui/Flash'
import { SaleFigures, SaleProgress } from '~/features/sales/components/SaleColumns'
import { SalePath } from '~/features/sales/components/SalePath'
import { bidSchema, saleDetailsSchema, stepSchema } from '~/features/sales/schemas'
import { getSalePage } from '~/features/sales/sale-page.server'
import { registerBid } from '~/features/sales/bids.server'
import { editSaleDetails, recordSaleStep } from '~/features/sales/sales.server'
import type { ServiceResult } from '~/core/result'
import { invalid, readIntent, refused } from '~/server/action.server'
import { getDb } from '~/server/db.server'
import { invariantResponse, parseId } from '~/server/http'
import { outcomeFor } from '~/ui/action-result'
import { GeneralErrorBoundary } from '~/ui/GeneralErrorBoundary'
import salesCss from '~/features/sales/sales.css?url'
import type { Route } from './+types/salg.$id'

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: salesCss }]

export const meta = ({ data }: Route.MetaArgs) => [{ title: `Salg: ${data?.sale.propertyName ?? ''} · Kloge Kvadratmeter` }]

export async function loader({ params }: Route.LoaderArgs) {
  const page = await getSalePage(await getDb(), parseId(params.id, 'Salget'))
  invariantResponse(page, 'Salget findes ikke.')
  return page
}

/**
 * Parse one of the page's three forms with its schema and call its service; back to the sale
 * when it is done. The intent tells which form the answer's messages belong to.
 */
async function submit<Schema extends z.ZodType>(
  formData: FormData,
  intent: string,
  saleId: number,
  schema: Schema,
  service: (value: z.output<Schema>) => Promise<ServiceResult>,
) {
  const submission = parseWithZod(formData, { schema })
  if (submission.status !== 'success') return invalid(intent, submission)
  const result = await service(submission.value)
  if (!result.ok) return refused(intent, result, submission)
  return redirect(`${href('/salg/:id', { id: String(saleId) })}?besked=gemt`)
}

export async function action({ request, params }: Route.ActionArgs) {
  const id = parseId(params.id, 'Salget')
  const formData = await request.formData()
  const intent = readIntent(formData, ['step', 'bid', 'details'] as const)
  const db = await getDb()
  switch (intent) {
    case 'step':
      return submit(formData, intent, id, stepSchema, (v) => recordSaleStep(db, id, v.version, v))
    case 'bid':
      return submit(formData, intent, id, bidSchema, (v) => registerBid(db, id, v))
    case 'details':
      return submit(formData, intent, id, saleDetailsSchema, (v) => editSaleDetails(db, id, v))
  }
}

export default function SalePage({ loaderData, actionData }: Route.ComponentProps) {
  const { sale } = loaderData
  const replyTo = (intent: string) => outcomeFor(actionData, intent)?.reply ?? null
  const canEdit = useCan('edit_register')
  return (
    <section className="page">
      <div className="breadcrumb">
        <Link to={href('/salg')}>Salg</Link> › {sale.propertyName}
      </div>
      <div className="page-header">
        <div>
          <h1>Salg: {sale.propertyName}</h1>
          <p>
            {sale.propertyAddress}, {sale.propertyTown} ·{' '}
            <Link to={href('/ejendomme/:id', { id: String(sale.propertyId) })}>Se ejendommen</Link>
          </p>
        </div>
      </div>
      <Flash />
      <SalePath status={sale.status} />
      <div className="sale-grid">
        <SaleProgress page={loaderData} canEdit={canEdit} stepReply={replyTo('step')} />
        <SaleFigures page={loaderData} canEdit={canEdit} bidReply={replyTo('bid')} detailsReply={replyTo('details')} />
      </div>
    </section>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <GeneralErrorBoundary error={error} />
}
