/**
 * The relocation form with its instant capacity check: every change asks /flytninger/tjek (the
 * same check the action runs) and the check beside the form updates. Its own layout (choices and
 * hints from the page), with labels from the field registry.
 */
import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { useEffect, useRef } from 'react'
import { Form, href, useFetcher } from 'react-router'
import { formatOre } from '~/core/money'
import { formatFte, fteText, relocationStatusLabels } from '~/core/relocation-labels'
import { formLabel, relocationFields } from '~/features/relocations/fields'
import { PLANNABLE_STATUSES, relocationSchema, type RelocationInput } from '~/features/relocations/schemas'
import type { RelocationCheck, RelocationFormData, Site } from '~/features/relocations/types'
import { CheckboxField, type FormShape, RecordFields, SelectField, TextAreaField, TextField } from '~/ui/form'
import { CapacityCheck } from './CapacityCheck'

const CHECKED = ['unitId', 'fromPropertyId', 'toPropertyId', 'date', 'headcount', 'status'] as const

/** Conform's fields of this form, as the shared form fields take them. */
type Metas = Record<keyof RelocationInput, Parameters<typeof TextField>[0]['meta']>

const label = (key: Exclude<keyof RelocationInput, 'acceptWarnings'>) => formLabel(relocationFields, key)
const toOptions = (list: { id: number; name: string }[]) => list.map((o) => ({ value: String(o.id), label: o.name }))

/** The form's fields; "Gem trods advarsler" only when the check warns. */
function RelocationFields({
  fields,
  options,
  sites,
  showConfirm,
}: {
  fields: Metas
  options: RelocationFormData
  sites: Site[]
  showConfirm: boolean
}) {
  return (
    <>
      <SelectField meta={fields.unitId} label={label('unitId')} options={toOptions(options.units)} wide />
      <SelectField
        meta={fields.fromPropertyId}
        label={label('fromPropertyId')}
        options={toOptions(options.properties)}
        hint={sites.length ? `Sidder nu i ${sites.map((s) => `${s.propertyName} (${formatFte(s.headcount)})`).join(', ')}` : undefined}
      />
      <SelectField meta={fields.toPropertyId} label={label('toPropertyId')} options={toOptions(options.properties)} />
      <TextField meta={fields.date} label={label('date')} placeholder="dd.mm.åååå" />
      <TextField meta={fields.headcount} label={label('headcount')} inputMode="decimal" hint="Hele enheden eller en del af den" />
      <SelectField
        meta={fields.status}
        label={label('status')}
        options={PLANNABLE_STATUSES.map((s) => ({ value: s, label: relocationStatusLabels[s] }))}
      />
      <SelectField
        meta={fields.rotationId}
        label={label('rotationId')}
        options={toOptions(options.rotations)}
        hint="Flytninger, der hører sammen"
      />
      <TextField
        meta={fields.movingCostOre}
        label={label('movingCostOre')}
        inputMode="decimal"
        hint={`Tom: ${formatOre(options.ratePerPersonOre)} pr. årsværk (den vedtagne plans sats)`}
      />
      <TextField meta={fields.refurbishmentOre} label={label('refurbishmentOre')} inputMode="decimal" />
      <TextField meta={fields.addedAnnualOperatingOre} label={label('addedAnnualOperatingOre')} inputMode="decimal" />
      <TextAreaField meta={fields.note} label={label('note')} />
      {showConfirm && <CheckboxField meta={fields.acceptWarnings} label="Gem trods advarsler" />}
    </>
  )
}

/**
 * The check of what the form holds, asked of /flytninger/tjek on every change (debounced while
 * typing); the page's check until the first answer.
 */
function useLiveCheck(initialCheck: RelocationCheck | null, relocationId: number | undefined) {
  const fetcher = useFetcher<{ check: RelocationCheck | null }>()
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])
  const recheck = (formElement: HTMLFormElement) => {
    clearTimeout(timer.current)
    timer.current = setTimeout(() => {
      const data = new FormData(formElement)
      const params = new URLSearchParams()
      for (const key of CHECKED) params.set(key, String(data.get(key) ?? ''))
      if (relocationId) params.set('id', String(relocationId))
      fetcher.load(`${href('/flytninger/tjek')}?${params}`)
    }, 250)
  }
  return { check: fetcher.data ? fetcher.data.check : initialCheck, pending: fetcher.state === 'loading', recheck }
}

export function RelocationForm({
  lastResult,
  defaultValue,
  version,
  relocationId,
  submitLabel,
  options,
  initialCheck,
  disabled = false,
}: {
  lastResult?: SubmissionResult<string[]> | null
  defaultValue?: Partial<FormShape<RelocationInput>>
  version?: number
  relocationId?: number
  submitLabel: string
  options: RelocationFormData
  initialCheck: RelocationCheck | null
  /** Read-only for users who may not plan relocations. */
  disabled?: boolean
}) {
  const live = useLiveCheck(initialCheck, relocationId)
  const [form, fields] = useForm({
    id: 'relocation-form',
    lastResult,
    defaultValue,
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: relocationSchema }),
  })
  const showConfirm = (live.check?.warnings.length ?? 0) > 0 || (fields.acceptWarnings.errors?.length ?? 0) > 0

  /** Choosing a unit fills in where it sits and how many it has there. */
  const onUnitChange = (unitId: string) => {
    const first = options.sites[unitId]?.[0]
    if (!first) return
    if (!fields.fromPropertyId.value) form.update({ name: fields.fromPropertyId.name, value: String(first.propertyId) })
    if (!fields.headcount.value) form.update({ name: fields.headcount.name, value: fteText(first.headcount) })
  }

  return (
    <div className="two-col">
      <Form
        method="post"
        {...getFormProps(form)}
        noValidate
        className="card"
        onChange={(e) => {
          const target = e.target as HTMLInputElement
          if (target.name === fields.unitId.name) onUnitChange(target.value)
          live.recheck(e.currentTarget)
        }}
      >
        <RecordFields errors={form.errors} version={version} disabled={disabled} submitLabel={submitLabel}>
          <RelocationFields
            fields={fields}
            options={options}
            sites={options.sites[String(fields.unitId.value ?? '')] ?? []}
            showConfirm={showConfirm}
          />
        </RecordFields>
      </Form>
      <CapacityCheck check={live.check} pending={live.pending} />
    </div>
  )
}
