/**
 * The relocation form with its instant capacity check: every change asks /flytninger/tjek (the
 * same check the action runs) and the check beside the form updates. Its own layout (pickers that
 * search on the server, hints from the check), with labels from the field registry.
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
import { ComboboxField } from '~/ui/Combobox'
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
      <ComboboxField meta={fields.unitId} label={label('unitId')} kind="unit" valueLabel={options.names.unit} wide />
      <ComboboxField
        meta={fields.fromPropertyId}
        label={label('fromPropertyId')}
        kind="property"
        valueLabel={sites.find((s) => String(s.propertyId) === fields.fromPropertyId.value)?.propertyName ?? options.names.from}
        hint={sites.length ? `Sidder nu i ${sites.map((s) => `${s.propertyName} (${formatFte(s.headcount)})`).join(', ')}` : undefined}
      />
      <ComboboxField meta={fields.toPropertyId} label={label('toPropertyId')} kind="property" valueLabel={options.names.to} />
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

/** What /flytninger/tjek answers: the check, and where the form's unit sits now. */
interface CheckAnswer {
  check: RelocationCheck | null
  unitId: string
  sites: Site[]
}

/**
 * The check of what the form holds, asked of /flytninger/tjek on every change (debounced while
 * typing); the page's check until the first answer.
 */
function useLiveCheck(initialCheck: RelocationCheck | null, relocationId: number | undefined) {
  const fetcher = useFetcher<CheckAnswer>()
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
  return { check: fetcher.data ? fetcher.data.check : initialCheck, answer: fetcher.data, pending: fetcher.state === 'loading', recheck }
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

  const unitId = String(fields.unitId.value ?? '')
  // Where the chosen unit sits: the page's answer for the unit it opened with, then the check's.
  const sites = live.answer?.unitId === unitId ? live.answer.sites : unitId === String(defaultValue?.unitId ?? '') ? options.sites : []
  const firstSite = sites[0]
  // A pick in a picker changes a hidden input, which no change event reports: check again on every pick.
  const picked = `${unitId}|${fields.fromPropertyId.value ?? ''}|${fields.toPropertyId.value ?? ''}`
  const firstPick = useRef(true)
  useEffect(() => {
    if (firstPick.current) {
      firstPick.current = false
      return
    }
    const element = document.getElementById(form.id)
    if (element instanceof HTMLFormElement) live.recheck(element)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [picked])
  /** Choosing a unit fills in where it sits and how many it has there. */
  useEffect(() => {
    if (!firstSite) return
    if (!fields.fromPropertyId.value) form.update({ name: fields.fromPropertyId.name, value: String(firstSite.propertyId) })
    if (!fields.headcount.value) form.update({ name: fields.headcount.name, value: fteText(firstSite.headcount) })
    // The check runs again with the filled-in origin.
    const element = document.getElementById(form.id)
    if (element instanceof HTMLFormElement) live.recheck(element)
    // Only when the unit (and so its first site) changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [unitId, firstSite?.propertyId])

  return (
    <div className="two-col">
      <Form
        method="post"
        {...getFormProps(form)}
        noValidate
        className="card"
        onChange={(e) => {
          live.recheck(e.currentTarget)
        }}
      >
        <RecordFields errors={form.errors} version={version} disabled={disabled} submitLabel={submitLabel}>
          <RelocationFields fields={fields} options={options} sites={sites} showConfirm={showConfirm} />
        </RecordFields>
      </Form>
      <CapacityCheck check={live.check} pending={live.pending} />
    </div>
  )
}
