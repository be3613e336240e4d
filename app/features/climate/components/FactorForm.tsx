/** Set the factor of a carrier and year (a new one, or a change of the one already there). */
import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form } from 'react-router'
import { emissionFactorSchema } from '~/features/climate/schemas'
import { CARRIER_OPTIONS } from '~/features/climate/fields'
import type { ActionOutcome } from '~/ui/action-result'
import { FormErrors, SaveButton, SelectField, TextField } from '~/ui/form'

export function FactorForm({ outcome }: { outcome: ActionOutcome | null }) {
  const [form, fields] = useForm({
    id: 'emission-factor',
    lastResult: outcome?.reply ?? null,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: emissionFactorSchema }),
    shouldValidate: 'onBlur',
  })
  return (
    <Form method="post" {...getFormProps(form)} className="form-grid">
      <input type="hidden" name="intent" value="save" />
      <FormErrors errors={form.errors} />
      <SelectField meta={fields.carrier} label="Energiform" options={CARRIER_OPTIONS} />
      <TextField meta={fields.year} label="År" inputMode="numeric" placeholder="2025" />
      <TextField meta={fields.kgPerMwh} label="kg CO2e pr. MWh" inputMode="decimal" placeholder="60,5" hint="Højst tre decimaler." />
      <TextField meta={fields.sourceNote} label="Kilde" wide hint="Fx fjernvarmeværkets varmedeklaration for året." />
      <SaveButton label="Gem faktor" />
    </Form>
  )
}
