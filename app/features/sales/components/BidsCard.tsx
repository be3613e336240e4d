/** Bids received on a sale, highest first, and a form to register one more while bids are open. */
import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, useNavigation } from 'react-router'
import type { Bid } from '#db/schema'
import { formatDanishDate } from '~/core/dates'
import { formatOre } from '~/core/money'
import { bidFields } from '~/features/sales/fields'
import { bidSchema, CONFIRM_DATE_LABEL } from '~/features/sales/schemas'
import { dateText } from '~/ui/form-values'
import { CheckboxField, FormErrors, RegistryFields } from '~/ui/form'

export function BidsCard({
  bids,
  open,
  today,
  lastResult,
}: {
  bids: Bid[]
  open: boolean
  today: string
  lastResult?: SubmissionResult<string[]> | null
}) {
  const navigation = useNavigation()
  const [form, fields] = useForm({
    id: 'bid-form',
    lastResult,
    defaultValue: { receivedDate: dateText(today) },
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: bidSchema }),
  })
  const busy = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'bid'
  return (
    <div className="card">
      <h2>Bud</h2>
      {bids.length === 0 ? (
        <p className="muted">Ingen bud registreret.</p>
      ) : (
        <table className="plain compact" data-testid="bids">
          <thead>
            <tr>
              <th>Budgiver</th>
              <th className="num">Beløb</th>
              <th>Modtaget</th>
            </tr>
          </thead>
          <tbody>
            {bids.map((b) => (
              <tr key={b.id}>
                <td>
                  {b.bidder}
                  {b.note && <div className="muted small">{b.note}</div>}
                </td>
                <td className="num nowrap">{formatOre(b.amountOre)}</td>
                <td className="nowrap">{formatDanishDate(b.receivedDate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open && (
        <Form method="post" {...getFormProps(form)} noValidate className="no-print inline-form">
          <h3>Tilføj bud</h3>
          <FormErrors errors={form.errors} />
          <input type="hidden" name="intent" value="bid" />
          <div className="form-grid">
            <RegistryFields fields={bidFields} metas={fields} />
            {(fields.acceptWarnings.errors?.length ?? 0) > 0 && <CheckboxField meta={fields.acceptWarnings} label={CONFIRM_DATE_LABEL} />}
          </div>
          <div className="form-actions">
            <button type="submit" className="secondary" disabled={busy}>
              {busy ? 'Gemmer …' : 'Tilføj bud'}
            </button>
          </div>
        </Form>
      )}
    </div>
  )
}
