/** Sammenlign: two to four scenarios side by side. */
import { Form, href, Link } from 'react-router'
import { CompareTable, summaryRow } from '~/features/scenarios/components/CompareTable'
import { DifferenceTable } from '~/features/scenarios/components/DifferenceTable'
import { SavingsChart } from '~/features/scenarios/components/SavingsChart'
import { compute } from '~/features/compute.server'
import type { Route } from './+types/scenarier.sammenlign'

export const meta = () => [{ title: 'Sammenlign scenarier · Kloge Kvadratmeter' }]

const COLORS = ['#0b4f7c', '#2e7d32', '#b26a00', '#6a1b9a']

export async function loader({ request }: Route.LoaderArgs) {
  return compute.scenario.compare(new URL(request.url).searchParams.getAll('ids'))
}

export default function ComparePage({ loaderData }: Route.ComponentProps) {
  const { all, ids, message, scenarios, differences } = loaderData
  const years = scenarios[0]?.summary.years ?? []
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
                values: summaryRow(s, 'netOperatingSaving').values,
              }))}
            />
          </div>
          <div className="toolbar no-print">
            <a className="button secondary" href={`${href('/scenarier/sammenlign/rapport.pdf')}?ids=${ids.join(',')}`} download>
              Rapport (PDF)
            </a>
            <a className="button secondary" href={`${href('/scenarier/sammenlign/rapport.xlsx')}?ids=${ids.join(',')}`} download>
              Excel
            </a>
          </div>
          <div className="card table-scroll">
            <CompareTable scenarios={scenarios} years={years} />
          </div>
          <div className="card">
            <h2>Tiltag der er forskellige ({differences.length})</h2>
            <DifferenceTable scenarios={scenarios} differences={differences} />
          </div>
        </>
      )}
    </section>
  )
}
