/** Oversigt: the register at a glance, each tile linking on. */
import { Suspense } from 'react'
import { Await } from 'react-router'
import { LeasesEnding, PlanFailed, PlanPending, PlanProgress, RegisterTiles } from '~/features/overview/components/OverviewCards'
import { getOverviewRegister } from '~/features/overview/overview.server'
import { compute } from '~/features/compute.server'
import { getDb } from '~/server/db.server'
import type { Route } from './+types/oversigt'

export const meta = () => [{ title: 'Oversigt · Kloge Kvadratmeter' }]

export async function loader() {
  // The plan's figures come from the scenario worker and follow the page: computing a large plan
  // after a change takes seconds, and the register's figures need not wait for it.
  const plan = compute.scenario.plan()
  // Handled here too, so a failure while the register is read is not an unhandled rejection.
  plan.catch(() => undefined)
  return { ...(await getOverviewRegister(await getDb())), plan }
}

export default function OverviewPage({ loaderData }: Route.ComponentProps) {
  const { overview, plan, demoDate } = loaderData
  return (
    <section className="page">
      <div className="page-header">
        <div>
          <h1>Oversigt</h1>
          <p>
            Kloge kommunale kvadratmeter: færre og bedre udnyttede kvadratmeter, lavere driftsudgifter. Målet er en driftsbesparelse på 5
            mio. kr. om året.
          </p>
        </div>
      </div>
      <Suspense fallback={<PlanPending />}>
        <Await resolve={plan} errorElement={<PlanFailed />}>
          {(figures) => figures && <PlanProgress plan={figures} />}
        </Await>
      </Suspense>
      <RegisterTiles o={overview} />
      <LeasesEnding leases={overview.leasesEndingSoon} count={overview.leasesEndingCount} demoDate={demoDate} />
    </section>
  )
}
