/**
 * The notice calculator beside the lease form: the end date a notice date gives
 * (erhvervslejeloven § 64) and the latest notice date that reaches a wished end date.
 * Runs the same pure domain code as the server, so what it shows is what is stored.
 */
import { useState } from 'react'
import { formatDanishDate, parseDanishDate } from '~/core/dates'
import { describeLeaseEnd, latestNoticeDate, leaseEndDate, type LeaseTerms } from '~/core/lease-terms'
import { parseDanishNumber } from '~/core/money'
import { MAX_NOTICE_MONTHS } from '~/features/leases/schemas'

interface Props {
  noticeDate?: string
  noticeMonths?: string
  terms?: string
  nonTerminableUntil?: string
}

function readTerms(p: Props) {
  const months = parseDanishNumber(p.noticeMonths ?? '')
  const terms: LeaseTerms = p.terms === 'quarter' ? 'quarter' : 'month'
  const nonTerminable = p.nonTerminableUntil ? parseDanishDate(p.nonTerminableUntil) : null
  const valid = months !== null && Number.isInteger(months) && months >= 0 && months <= MAX_NOTICE_MONTHS
  return valid ? { noticeMonths: months, terms, nonTerminableUntil: nonTerminable } : null
}

export function LeaseCalculator(props: Props) {
  const [wished, setWished] = useState('')
  const terms = readTerms(props)
  const notice = props.noticeDate ? parseDanishDate(props.noticeDate) : null
  const wishedIso = wished ? parseDanishDate(wished) : null
  const end = terms && notice ? leaseEndDate({ noticeDate: notice, ...terms }) : null
  const latest = terms && wishedIso ? latestNoticeDate({ wishedEndDate: wishedIso, ...terms }) : null
  return (
    <div className="calc" aria-live="polite" data-testid="lease-calculator">
      {!terms && <p>Udfyld opsigelsesvarsel og termin for at beregne ophør.</p>}
      {terms && !notice && <p>Indtast en opsigelsesdato for at se ophørsdatoen.</p>}
      {end && notice && terms && (
        <p>
          Ophørsdato: <strong data-testid="computed-end-date">{formatDanishDate(end)}</strong>
          <br />
          <span className="muted">{describeLeaseEnd({ noticeDate: notice, ...terms })}</span>
        </p>
      )}
      <div className="field" style={{ maxWidth: 320, marginTop: '.5rem' }}>
        <label htmlFor="wished-end-date">Ønsket ophør senest (beregner)</label>
        <input id="wished-end-date" type="text" placeholder="dd.mm.åååå" value={wished} onChange={(e) => setWished(e.target.value)} />
        {wished && !wishedIso && <div className="error">Ikke en gyldig dato (dd.mm.åååå)</div>}
      </div>
      {latest && (
        <p data-testid="latest-notice">
          {latest.latestNoticeDate ? (
            <>
              Beslut senest: opsig senest <strong>{formatDanishDate(latest.latestNoticeDate)}</strong>, så ophører lejemålet{' '}
              {formatDanishDate(latest.achievableEndDate)}.
            </>
          ) : (
            <>Kan ikke nås. Tidligst mulige ophør: {formatDanishDate(latest.achievableEndDate)}.</>
          )}
          {latest.reason && (
            <>
              <br />
              <span className="muted">{latest.reason}</span>
            </>
          )}
        </p>
      )}
    </div>
  )
}
