/**
 * The lease form, shared by "Nyt lejemål" and the lease page. Its own layout (the notice calculator
 * sits beside the notice fields); labels and choices come from the lease field registry.
 */
import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form } from 'react-router'
import { leaseDirectionLabels, leaseStatusLabels, leaseTermsLabels } from '~/core/labels'
import { leaseFormLabel as label } from '~/features/leases/fields'
import { leaseSchema, type LeaseInput } from '~/features/leases/schemas'
import type { LeaseRow } from '~/features/leases/types'
import { CheckboxField, type FormShape, RecordFields, SelectField, TextAreaField, TextField } from '~/ui/form'
import { amountText, dateText } from '~/ui/form-values'
import { ComboboxField } from '~/ui/Combobox'
import { LeaseCalculator } from './LeaseCalculator'

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, text]) => ({ value, label: text }))
const DATE = 'dd.mm.åååå'

/** A stored lease as the text its form fields show. @example leaseFormValues(l).noticeDate // '10.02.2024' */
export function leaseFormValues(l: LeaseRow): FormShape<LeaseInput> {
  return {
    propertyId: String(l.propertyId),
    direction: l.direction,
    counterparty: l.counterparty,
    annualRentOre: amountText(l.annualRentOre),
    annualServiceOre: amountText(l.annualServiceOre),
    operatingCostPaidByMunicipality: l.operatingCostPaidByMunicipality ? 'on' : '',
    startDate: dateText(l.startDate),
    noticeMonths: String(l.noticeMonths),
    terms: l.terms,
    nonTerminableUntil: dateText(l.nonTerminableUntil),
    noticeDate: dateText(l.noticeDate),
    status: l.status,
    note: l.note,
  }
}

/** The lease's fields around the notice calculator, validated in the browser with the action's schema. */
export function LeaseForm({
  lastResult,
  defaultValue,
  version,
  submitLabel,
  disabled = false,
  propertyLabel,
}: {
  lastResult?: SubmissionResult<string[]> | null
  defaultValue?: Partial<FormShape<LeaseInput>>
  version?: number
  submitLabel: string
  /** Read-only for users who may not change the register. */
  disabled?: boolean
  /** The name of the property chosen, shown in its picker. */
  propertyLabel: string
}) {
  const [form, fields] = useForm({
    id: 'lease-form',
    lastResult,
    defaultValue,
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: leaseSchema }),
  })
  return (
    <Form method="post" {...getFormProps(form)} noValidate>
      <RecordFields errors={form.errors} version={version} disabled={disabled} submitLabel={submitLabel}>
        <ComboboxField
          meta={fields.propertyId}
          label={label('propertyId')}
          kind="property"
          valueLabel={propertyLabel}
          wide
          disabled={disabled}
        />
        <SelectField meta={fields.direction} label={label('direction')} options={options(leaseDirectionLabels)} />
        <TextField meta={fields.counterparty} label={label('counterparty')} />
        <SelectField
          meta={fields.status}
          label={label('status')}
          options={options(leaseStatusLabels)}
          hint={
            fields.noticeDate.value && fields.status.value === 'active'
              ? 'Sættes til Opsagt, når du gemmer, fordi der er en opsigelsesdato.'
              : undefined
          }
        />
        <TextField meta={fields.annualRentOre} label={label('annualRentOre')} inputMode="decimal" placeholder="fx 480.000,00" />
        <TextField meta={fields.annualServiceOre} label={label('annualServiceOre')} inputMode="decimal" />
        <CheckboxField meta={fields.operatingCostPaidByMunicipality} label={label('operatingCostPaidByMunicipality')} />
        <TextField meta={fields.startDate} label={label('startDate')} placeholder={DATE} />
        <TextField meta={fields.noticeMonths} label={label('noticeMonths')} inputMode="numeric" />
        <SelectField meta={fields.terms} label={label('terms')} options={options(leaseTermsLabels)} />
        <TextField meta={fields.nonTerminableUntil} label={label('nonTerminableUntil')} placeholder={DATE} />
        <TextField meta={fields.noticeDate} label={label('noticeDate')} placeholder={DATE} hint="Dagen opsigelsen er givet" />
        <div className="field wide">
          <LeaseCalculator
            noticeDate={fields.noticeDate.value}
            noticeMonths={fields.noticeMonths.value}
            terms={fields.terms.value}
            nonTerminableUntil={fields.nonTerminableUntil.value}
          />
        </div>
        <TextAreaField meta={fields.note} label={label('note')} />
      </RecordFields>
    </Form>
  )
}
