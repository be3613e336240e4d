/** Oversigt: the register at a glance, each tile linking on. */
import { LeasesEnding, PlanProgress, RegisterTiles } from '~/features/overview/components/OverviewCards'
import { getOverviewRegister } from '~/features/overview/overview.server'
import { compute } from '~/features/compute.server'
import { getDb } from '~/server/db.server'
import type { Route } from './+types/oversigt'

export const meta = () => [{ title: 'Oversigt · Kloge Kvadratmeter' }]

export async function loader() {
  // The plan's figures come from the scenario worker: computing a large plan takes seconds.
  const [register, plan] = await Promise.all([getOverviewRegister(await getDb()), compute.scenario.plan()])
  return { ...register, plan }
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
      {plan && <PlanProgress plan={plan} />}
      <RegisterTiles o={overview} />
      <LeasesEnding leases={overview.leasesEndingSoon} count={overview.leasesEndingCount} demoDate={demoDate} />
    </section>
  )
}
