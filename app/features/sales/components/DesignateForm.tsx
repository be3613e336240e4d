/** Designate a property for sale after the council's decision: which property, when, the decision and the expected figures. */
import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, href, Link, useNavigation } from 'react-router'
import { ComboboxField } from '~/ui/Combobox'
import { FormErrors, TextAreaField, TextField } from '~/ui/form'
import { labelOf, saleFields, saleRowFields } from '~/features/sales/fields'
import { designateSchema } from '~/features/sales/schemas'

export function DesignateForm({
  preselected,
  preselectedLabel,
  lastResult,
}: {
  /** The property the address names (from its page's "Udpeg til salg"), if it can be designated. */
  preselected: string
  preselectedLabel: string
  lastResult: SubmissionResult<string[]> | null
}) {
  const navigation = useNavigation()
  const [form, fields] = useForm({
    id: 'designate-form',
    lastResult,
    defaultValue: { propertyId: preselected },
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: designateSchema }),
  })
  return (
    <Form method="post" {...getFormProps(form)} noValidate>
      <FormErrors errors={form.errors} />
      <input type="hidden" name="intent" value="designate" />
      <div className="form-grid">
        <ComboboxField
          meta={fields.propertyId}
          label={labelOf(saleRowFields, 'propertyName')}
          kind="sale_eligible_property"
          valueLabel={preselectedLabel}
          wide
          hint="Skriv navn, adresse eller by. Kun ejede ejendomme uden et salg kan vælges."
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
  )
}
