/** The public-offering path drawn as steps, the sale's current step marked; a withdrawn sale says so. */
import type { SaleStatus } from '#db/schema'
import { SALE_STEP_LABELS } from '~/core/sale-path'

const PATH: SaleStatus[] = ['designated', 'offered', 'bid_received', 'conditionally_sold', 'sold']

export function SalePath({ status }: { status: SaleStatus }) {
  const at = PATH.indexOf(status)
  return (
    <div className="sale-path-wrap">
      <ol className="sale-path" aria-label="Salgets forløb">
        {PATH.map((s, i) => (
          <li key={s} className={i < at ? 'done' : i === at ? 'current' : 'todo'} aria-current={i === at ? 'step' : undefined}>
            <span className="dot" aria-hidden="true">
              {i < at ? '✓' : i + 1}
            </span>
            {SALE_STEP_LABELS[s]}
          </li>
        ))}
      </ol>
      {status === 'withdrawn' && <p className="badge overdue">Salget er trukket tilbage</p>}
    </div>
  )
}
