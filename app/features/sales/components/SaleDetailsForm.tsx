/** The valuation, sale costs and note of a sale: editable at any step. */
import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, useNavigation } from 'react-router'
import { saleFields } from '~/features/sales/fields'
import { saleDetailsSchema } from '~/features/sales/schemas'
import { amountText } from '~/ui/form-values'
import { FormErrors, RegistryFields } from '~/ui/form'

export function SaleDetailsForm({
  version,
  expectedPriceOre,
  saleCostsOre,
  note,
  lastResult,
}: {
  version: number
  expectedPriceOre: number | null
  saleCostsOre: number
  note: string
  lastResult?: SubmissionResult<string[]> | null
}) {
  const navigation = useNavigation()
  const [form, fields] = useForm({
    id: 'sale-details-form',
    lastResult,
    defaultValue: { expectedPriceOre: amountText(expectedPriceOre), saleCostsOre: amountText(saleCostsOre), note },
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: saleDetailsSchema }),
  })
  const busy = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'details'
  return (
    <Form method="post" {...getFormProps(form)} noValidate>
      <FormErrors errors={form.errors} />
      <input type="hidden" name="intent" value="details" />
      <input type="hidden" name="version" value={version} />
      <div className="form-grid">
        <RegistryFields fields={saleFields} metas={fields} />
      </div>
      <div className="form-actions">
        <button type="submit" className="secondary" disabled={busy}>
          {busy ? 'Gemmer …' : 'Gem oplysninger'}
        </button>
      </div>
    </Form>
  )
}
