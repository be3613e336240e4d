/** Udpeg til salg: start the sale of an owned property after the council's decision. */
import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, href, Link, redirect, useNavigation } from 'react-router'
import { FormErrors, SelectField, TextAreaField, TextField } from '~/ui/form'
import { outcomeFor } from '~/ui/action-result'
import { labelOf, saleFields, saleRowFields } from '~/features/sales/fields'
import { designatableProperties } from '~/features/sales/sale-page.server'
import { designateSchema } from '~/features/sales/schemas'
import { designateForSale } from '~/features/sales/sales.server'
import { invalid, readIntent, refused } from '~/server/action.server'
import { getDb } from '~/server/db.server'
import { GeneralErrorBoundary } from '~/ui/GeneralErrorBoundary'
import type { Route } from './+types/salg.ny'

export const meta = () => [{ title: 'Udpeg til salg · Kloge Kvadratmeter' }]

export async function loader({ request }: Route.LoaderArgs) {
  const properties = await designatableProperties(await getDb())
  return { properties, preselected: new URL(request.url).searchParams.get('ejendom') ?? '' }
}

export async function action({ request }: Route.ActionArgs) {
  const formData = await request.formData()
  const intent = readIntent(formData, ['designate'] as const)
  const submission = parseWithZod(formData, { schema: designateSchema })
  if (submission.status !== 'success') return invalid(intent, submission)
  const result = await designateForSale(await getDb(), submission.value)
  if (!result.ok) return refused(intent, result, submission)
  return redirect(`${href('/salg/:id', { id: String(result.value.id) })}?besked=oprettet`)
}

export default function DesignatePage({ loaderData, actionData }: Route.ComponentProps) {
  const navigation = useNavigation()
  const [form, fields] = useForm({
    id: 'designate-form',
    lastResult: outcomeFor(actionData, 'designate')?.reply ?? null,
    defaultValue: { propertyId: loaderData.preselected },
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: designateSchema }),
  })
  const options = loaderData.properties.map((p) => ({ value: String(p.id), label: `${p.name} (${p.town})` }))
  return (
    <section className="page">
      <div className="breadcrumb">
        <Link to={href('/salg')}>Salg</Link> › Udpeg til salg
      </div>
      <h1>Udpeg en ejendom til salg</h1>
      <p className="muted">
        Byrådet beslutter, hvilke ejendomme der sælges. Registrér beslutningen her; derefter følges salget trin for trin: udbud, bud,
        betinget salg og endeligt salg.
      </p>
      <div className="card">
        {options.length === 0 ? (
          <p className="muted">Alle ejede ejendomme er allerede udpeget eller solgt.</p>
        ) : (
          <Form method="post" {...getFormProps(form)} noValidate>
            <FormErrors errors={form.errors} />
            <input type="hidden" name="intent" value="designate" />
            <div className="form-grid">
              <SelectField
                meta={fields.propertyId}
                label={labelOf(saleRowFields, 'propertyName')}
                options={options}
                wide
                hint="Kun ejede ejendomme uden et salg kan vælges."
              />
              <TextField meta={fields.date} label="Dato for byrådets beslutning" placeholder="dd.mm.åååå" />
              <TextField
                meta={fields.councilReference}
                label={labelOf(saleFields, 'councilReference')}
                placeholder="fx Byrådet 03.07.2023, pkt. 12"
              />
              <TextField
                meta={fields.expectedPriceOre}
                label={labelOf(saleFields, 'expectedPriceOre')}
                inputMode="decimal"
                hint="Vurdering eller mæglerens bud på prisen."
              />
              <TextField
                meta={fields.saleCostsOre}
                label={labelOf(saleFields, 'saleCostsOre')}
                inputMode="decimal"
                hint="Mægler, landinspektør, annoncering."
              />
              <TextAreaField meta={fields.note} label={labelOf(saleFields, 'note')} />
            </div>
            <div className="form-actions">
              <button type="submit" disabled={navigation.state === 'submitting'}>
                {navigation.state === 'submitting' ? 'Gemmer …' : 'Udpeg til salg'}
              </button>
              <Link to={href('/salg')}>Annullér</Link>
            </div>
          </Form>
        )}
      </div>
    </section>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <GeneralErrorBoundary error={error} />
}
