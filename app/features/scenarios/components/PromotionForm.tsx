/** The council's reference (sagsnummer) and decision date; both required, refused beside the field. */
import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form } from 'react-router'
import { FormErrors, TextField } from '~/ui/form'
import { promotionSchema } from '~/features/scenarios/schemas'

export function PromotionForm({ lastResult, title }: { lastResult: SubmissionResult<string[]> | null; title: string }) {
  const [form, fields] = useForm({
    id: 'promotion',
    lastResult,
    shouldValidate: 'onBlur',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: promotionSchema }),
  })
  return (
    <Form method="post" {...getFormProps(form)} noValidate>
      <FormErrors errors={form.errors} />
      <input type="hidden" name="intent" value="promote" />
      <div className="form-grid">
        <TextField meta={fields.caseReference} label="Sagsnummer" hint="Kommunalbestyrelsens sag, fx 2025-004512" />
        <TextField
          meta={fields.decisionDate}
          label="Beslutningsdato"
          placeholder="dd.mm.åååå"
          hint="Dagen kommunalbestyrelsen besluttede planen"
        />
      </div>
      <div className="form-actions">
        <button type="submit">Gør &quot;{title}&quot; til vedtaget plan</button>
      </div>
    </Form>
  )
}
