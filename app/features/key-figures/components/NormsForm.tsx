/** The norms the key figures are held against, editable by the committee and administrators. */
import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form } from 'react-router'
import type { KeyFigureNorms } from '~/core/key-figures'
import { normsSchema } from '~/features/key-figures/schemas'
import { FormErrors, SaveButton, TextField } from '~/ui/form'

const text = (n: number) => String(n).replace('.', ',')

export function NormsForm({
  norms,
  version,
  lastResult,
  disabled,
}: {
  norms: KeyFigureNorms
  version: number | null
  lastResult: SubmissionResult<string[]> | null
  disabled: boolean
}) {
  const [form, fields] = useForm({
    id: `norms-${version ?? 0}`,
    lastResult,
    defaultValue: {
      m2PerEmployee: text(norms.m2PerEmployee),
      newOfficeM2PerEmployee: text(norms.newOfficeM2PerEmployee),
      workplacesPerEmployee: text(norms.workplacesPerEmployee),
    },
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: normsSchema }),
  })
  return (
    <Form method="post" {...getFormProps(form)} noValidate>
      <FormErrors errors={form.errors} />
      <input type="hidden" name="intent" value="norms" />
      {version !== null && <input type="hidden" name="version" value={version} />}
      <fieldset disabled={disabled} className="plain-fieldset">
        <div className="form-grid">
          <TextField
            meta={fields.m2PerEmployee}
            label="m² pr. medarbejder (i dag)"
            inputMode="decimal"
            hint="Statens kontorer: ca. 30 m²"
          />
          <TextField
            meta={fields.newOfficeM2PerEmployee}
            label="m² pr. medarbejder i nye fælleskontorer"
            inputMode="decimal"
            hint="Under 20 m² i nye kontorer"
          />
          <TextField
            meta={fields.workplacesPerEmployee}
            label="Arbejdspladser pr. medarbejder"
            inputMode="decimal"
            hint="Ved skrivebordsdeling 0,7–0,8"
          />
        </div>
      </fieldset>
      {!disabled && <SaveButton label="Gem normer" />}
    </Form>
  )
}
