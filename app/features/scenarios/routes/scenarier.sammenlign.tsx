/** Sammenlign: two to four scenarios side by side. */
import { Form, href, Link } from 'react-router'
import { SavingsChart } from '~/features/scenarios/components/SavingsChart'
import { Money, formatKroner, sum } from '~/core/money'
import { getComparePage } from '~/features/scenarios/compare.server'
import { getDb } from '~/server/db.server'
import type { Route } from './+types/scenarier.sammenlign'

export const meta = () => [{ title: 'Sammenlign scenarier · Kloge Kvadratmeter' }]

const COLORS = ['#0b4f7c', '#2e7d32', '#b26a00', '#6a1b9a']

export async function loader({ request }: Route.LoaderArgs) {
  return getComparePage(await getDb(), new URL(request.url).searchParams.getAll('ids'))
}

const kr = (s: string) => formatKroner(new Money(s), { decimals: 0 })
const row = (s: { summary: { rows: { key: string; values: string[]; fullYear: string | null }[] } }, key: string) =>
  s.summary.rows.find((r) => r.key === key)!

export default function ComparePage({ loaderData }: Route.ComponentProps) {
  const { all, ids, message, scenarios, differences } = loaderData
  const years = scenarios[0]?.summary.years ?? []
  const oneOff = (s: (typeof scenarios)[number], key: string) => sum(row(s, key).values.map((v) => new Money(v))).toString()
  return (
    <section className="page">
      <div className="breadcrumb">
        <Link to={href('/scenarier')}>Scenarier</Link> › Sammenlign
      </div>
      <h1>Sammenlign scenarier</h1>
      <Form method="get" className="card toolbar no-print">
        {all.map((s) => (
          <label key={s.id} style={{ display: 'flex', gap: '.3rem', alignItems: 'center' }}>
            <input type="checkbox" name="ids" value={s.id} defaultChecked={ids.includes(s.id)} /> {s.name}
          </label>
        ))}
        <button type="submit">Sammenlign</button>
      </Form>
      {message && <div className="alert info">{message}</div>}
      {scenarios.length >= 2 && (
        <>
          <div className="card">
            <h2>Nettodriftsbesparelse pr. år</h2>
            <SavingsChart
              years={years}
              target={scenarios[0]!.summary.target}
              title="Nettodriftsbesparelse pr. år for de valgte scenarier"
              series={scenarios.map((s, i) => ({
                name: s.name,
                color: COLORS[i % COLORS.length]!,
                values: row(s, 'netOperatingSaving').values,
              }))}
            />
          </div>
          <div className="card table-scroll">
            <table className="plain compact" aria-label="Sammenligning">
              <thead>
                <tr>
                  <th>Kr.</th>
                  {scenarios.map((s) => (
                    <th key={s.id} className="num">
                      <Link to={href('/scenarier/:id', { id: String(s.id) })}>{s.name}</Link>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {years.map((y, i) => (
                  <tr key={y}>
                    <th scope="row">Nettodriftsbesparelse {y}</th>
                    {scenarios.map((s) => (
                      <td key={s.id} className="num">
                        {kr(row(s, 'netOperatingSaving').values[i]!)}
                      </td>
                    ))}
                  </tr>
                ))}
                <tr className="net">
                  <th scope="row">Helårseffekt</th>
                  {scenarios.map((s) => (
                    <td key={s.id} className="num">
                      <strong>{kr(s.summary.fullYearEffect)}</strong>
                    </td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">Mangler til målet</th>
                  {scenarios.map((s) => (
                    <td key={s.id} className="num">
                      {kr(s.summary.gapToTarget)}
                    </td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">Målet nås</th>
                  {scenarios.map((s) => (
                    <td key={s.id} className="num">
                      {s.summary.firstYearTargetReached ?? '–'}
                    </td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">Anlægsindtægt i alt</th>
                  {scenarios.map((s) => (
                    <td key={s.id} className="num">
                      {kr(oneOff(s, 'capitalIncome'))}
                    </td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">Flytteudgifter i alt</th>
                  {scenarios.map((s) => (
                    <td key={s.id} className="num">
                      {kr(oneOff(s, 'movingCost'))}
                    </td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">Istandsættelse i alt</th>
                  {scenarios.map((s) => (
                    <td key={s.id} className="num">
                      {kr(oneOff(s, 'refurbishment'))}
                    </td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">Konflikter</th>
                  {scenarios.map((s) => (
                    <td key={s.id} className="num">
                      {s.summary.conflicts.length}
                    </td>
                  ))}
                </tr>
              </tbody>
            </table>
          </div>
          <div className="card">
            <h2>Tiltag der er forskellige ({differences.length})</h2>
            {differences.length === 0 ? (
              <p className="muted">Scenarierne har de samme tiltag.</p>
            ) : (
              <table className="plain compact" data-testid="differences">
                <thead>
                  <tr>
                    <th>Tiltag</th>
                    {scenarios.map((s) => (
                      <th key={s.id}>{s.name}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {differences.map((d) => (
                    <tr key={d.signature}>
                      <td>{d.description}</td>
                      {d.presentIn.map((p, i) => (
                        <td key={i}>{p ? '✓ med' : '– ikke med'}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        </>
      )}
    </section>
  )
}
