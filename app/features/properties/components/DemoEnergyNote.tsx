/**
 * "Illustrative demodata" beside energy figures while the demo portfolio is loaded (the root
 * loader's demo reference date tells), so no one takes the invented consumption for metered.
 */
import { useRouteLoaderData } from 'react-router'

export function DemoEnergyNote() {
  const root = useRouteLoaderData('root') as { demoDate?: string | null } | undefined
  if (!root?.demoDate) return null
  return (
    <p className="alert info">
      <strong>Illustrative demodata:</strong> energimærker, varmekilder og forbrug i eksemplet er opdigtede.
    </p>
  )
}
