/** The lease form, shared by "Nyt lejemål" and the lease page, with the notice calculator. */
import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form } from 'react-router'
import { leaseSchema, type LeaseInput } from '~/features/leases/schemas'
import { codes, leaseDirectionLabels, leaseStatusLabels, leaseTermsLabels } from '~/core/labels'
import { CheckboxField, type FormShape, RecordFields, SelectField, TextAreaField, TextField } from '~/ui/form'
import { LeaseCalculator } from './LeaseCalculator'

const options = (labels: Record<string, string>) => codes(labels).map((value) => ({ value, label: labels[value]! }))

export function LeaseForm({
  lastResult,
  defaultValue,
  version,
  submitLabel,
  disabled = false,
  properties,
}: {
  lastResult?: SubmissionResult<string[]> | null
  defaultValue?: Partial<FormShape<LeaseInput>>
  version?: number
  submitLabel: string
  /** Read-only for users who may not change the register. */
  disabled?: boolean
  properties: { id: number; name: string; town: string }[]
}) {
  const [form, fields] = useForm({
    id: 'lease-form',
    lastResult,
    defaultValue,
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: leaseSchema }),
  })
  const propertyOptions = properties.map((p) => ({ value: String(p.id), label: `${p.name} (${p.town})` }))
  return (
    <Form method="post" {...getFormProps(form)} noValidate>
      <RecordFields errors={form.errors} version={version} disabled={disabled} submitLabel={submitLabel}>
        <SelectField meta={fields.propertyId} label="Ejendom" options={propertyOptions} wide />
        <SelectField meta={fields.direction} label="Retning" options={options(leaseDirectionLabels)} />
        <TextField meta={fields.counterparty} label="Modpart (udlejer eller lejer)" />
        <SelectField meta={fields.status} label="Status" options={options(leaseStatusLabels)} />
        <TextField meta={fields.annualRentOre} label="Årlig husleje (kr.)" inputMode="decimal" placeholder="fx 480.000,00" />
        <TextField meta={fields.annualServiceOre} label="Årlige serviceudgifter (kr.)" inputMode="decimal" />
        <CheckboxField meta={fields.operatingCostPaidByMunicipality} label="Kommunen betaler lokalernes drift" />
        <TextField meta={fields.startDate} label="Startdato" placeholder="dd.mm.åååå" />
        <TextField meta={fields.noticeMonths} label="Opsigelsesvarsel (måneder)" inputMode="numeric" />
        <SelectField meta={fields.terms} label="Opsigelsestermin" options={options(leaseTermsLabels)} />
        <TextField meta={fields.nonTerminableUntil} label="Uopsigelig til" placeholder="dd.mm.åååå" />
        <TextField meta={fields.noticeDate} label="Opsigelsesdato" placeholder="dd.mm.åååå" hint="Dagen opsigelsen er givet" />
        <div className="field wide">
          <LeaseCalculator
            noticeDate={fields.noticeDate.value}
            noticeMonths={fields.noticeMonths.value}
            terms={fields.terms.value}
            nonTerminableUntil={fields.nonTerminableUntil.value}
          />
        </div>
        <TextAreaField meta={fields.note} label="Note" />
      </RecordFields>
    </Form>
  )
}
