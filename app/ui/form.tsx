/**
 * Form fields wired to Conform: label, input, hint and the Danish message beside the field.
 * The same zod schema validates in the browser and in the action.
 */
import { getInputProps, getSelectProps, getTextareaProps, type FieldMetadata } from '@conform-to/react'
import type { ReactNode } from 'react'
import { useNavigation } from 'react-router'
import { formLabelOf, type FieldDef } from '~/core/fields'

/** Every form field is posted as text. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Conform's own type for a field of any form
type Meta = FieldMetadata<any, any, string[]>

/** The form's shape as Conform sees it: each schema key posted as text. */
export type FormShape<T> = { [K in keyof T]: string }

interface FieldProps {
  meta: Meta
  label: string
  hint?: ReactNode
  wide?: boolean
}

function Errors({ meta }: { meta: Meta }) {
  if (!meta.errors?.length) return null
  return (
    <div className="error" id={meta.errorId} role="alert">
      {meta.errors.join(' ')}
    </div>
  )
}

/** A text input (amounts, dates and numbers are typed as text and parsed the Danish way). */
export function TextField({
  meta,
  label,
  hint,
  wide,
  placeholder,
  inputMode,
}: FieldProps & { placeholder?: string; inputMode?: 'decimal' | 'numeric' | 'text' }) {
  return (
    <div className={`field${wide ? ' wide' : ''}`}>
      <label htmlFor={meta.id}>{label}</label>
      <input
        {...getInputProps(meta, { type: 'text', ariaDescribedBy: hint ? `${meta.id}-hint` : undefined })}
        placeholder={placeholder}
        inputMode={inputMode}
      />
      {hint && (
        <div className="hint" id={`${meta.id}-hint`}>
          {hint}
        </div>
      )}
      <Errors meta={meta} />
    </div>
  )
}

export function SelectField({
  meta,
  label,
  hint,
  wide,
  options,
  empty = 'Vælg …',
}: FieldProps & {
  options: { value: string; label: string }[]
  /** The blank choice's text, e.g. 'Intet mærke' where blank is a value. */ empty?: string
}) {
  return (
    <div className={`field${wide ? ' wide' : ''}`}>
      <label htmlFor={meta.id}>{label}</label>
      <select {...getSelectProps(meta, { ariaDescribedBy: hint ? `${meta.id}-hint` : undefined })}>
        <option value="">{empty}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint && (
        <div className="hint" id={`${meta.id}-hint`}>
          {hint}
        </div>
      )}
      <Errors meta={meta} />
    </div>
  )
}

export function CheckboxField({ meta, label }: FieldProps) {
  return (
    <div className="field checkbox">
      <input {...getInputProps(meta, { type: 'checkbox' })} />
      <label htmlFor={meta.id}>{label}</label>
      <Errors meta={meta} />
    </div>
  )
}

export function TextAreaField({ meta, label }: FieldProps) {
  return (
    <div className="field wide">
      <label htmlFor={meta.id}>{label}</label>
      <textarea {...getTextareaProps(meta)} rows={3} />
      <Errors meta={meta} />
    </div>
  )
}

/** Messages for the whole form (e.g. someone else saved first). */
export function FormErrors({ errors }: { errors?: string[] }) {
  if (!errors?.length) return null
  return (
    <div className="alert error" role="alert">
      {errors.join(' ')}
    </div>
  )
}

/** The form's save button, showing "Gemmer …" while the submission is under way. */
export function SaveButton({ label }: { label: string }) {
  const navigation = useNavigation()
  const saving = navigation.state === 'submitting'
  return (
    <div className="form-actions">
      <button type="submit" disabled={saving}>
        {saving ? 'Gemmer …' : label}
      </button>
    </div>
  )
}

/**
 * The frame every record form shares: form messages, the version it was loaded with (optimistic
 * concurrency), the save intent, the fields (read-only when `disabled`) and the save button.
 */
export function RecordFields({
  errors,
  version,
  disabled = false,
  submitLabel,
  children,
}: {
  errors?: string[]
  version?: number
  disabled?: boolean
  submitLabel: string
  children: ReactNode
}) {
  return (
    <>
      <FormErrors errors={errors} />
      {version !== undefined && <input type="hidden" name="version" value={version} />}
      <input type="hidden" name="intent" value="save" />
      <fieldset disabled={disabled} className="plain-fieldset">
        <div className="form-grid">{children}</div>
      </fieldset>
      {!disabled && <SaveButton label={submitLabel} />}
    </>
  )
}

/**
 * A form's fields drawn from an entity's field registry, in registry order: codes as selects,
 * long text as a text area, amounts and numbers with the right keyboard. Fields without a schema
 * (derived) or with `form: false` are left out.
 * @example <RegistryFields fields={propertyFields} metas={fields} />
 */
export function RegistryFields({ fields, metas }: { fields: readonly FieldDef<never>[]; metas: Record<string, Meta> }) {
  return (
    <>
      {fields.map((f) => {
        const meta = metas[f.key]
        if (!meta || !f.schema || f.form === false) return null
        const label = formLabelOf(f)
        const form = f.form ?? {}
        if (f.kind === 'enum') {
          const options = Object.entries(f.labels ?? {}).map(([value, text]) => ({ value, label: text }))
          return <SelectField key={f.key} meta={meta} label={label} options={options} wide={form.wide} empty={form.placeholder} />
        }
        if (f.kind === 'flag') return <CheckboxField key={f.key} meta={meta} label={label} />
        if (f.kind === 'longtext') return <TextAreaField key={f.key} meta={meta} label={label} />
        const inputMode =
          form.inputMode ?? (f.kind === 'money' || f.kind === 'decimal' ? 'decimal' : f.kind === 'integer' ? 'numeric' : undefined)
        const placeholder = form.placeholder ?? (f.kind === 'date' ? 'dd.mm.åååå' : undefined)
        return <TextField key={f.key} meta={meta} label={label} wide={form.wide} inputMode={inputMode} placeholder={placeholder} />
      })}
    </>
  )
}
