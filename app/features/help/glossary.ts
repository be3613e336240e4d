/**
 * The words users hesitate over, explained in Danish: once here, shown on the help page and as
 * hints beside the words where they appear.
 */
export interface GlossaryEntry {
  /** The anchor on the help page. */
  slug: string
  word: string
  /** One sentence for the hint beside the word. */
  short: string
  /** The help page's explanation. */
  long: string[]
}

export const GLOSSARY = {
  fullYearEffect: {
    slug: 'helaarseffekt',
    word: 'Helårseffekt',
    short: 'Den årlige driftsbesparelse, når alle tiltag virker et helt år (i første års priser).',
    long: [
      'Helårseffekten er den besparelse på driften, som tiltagene giver om året, når de alle er trådt i kraft og virker et helt år.',
      'Et tiltag, der træder i kraft midt i et år, giver kun en del af besparelsen det første år; helårseffekten viser det fulde beløb. Den regnes i første budgetårs priser, uden husleje-indeksering.',
      'Det er helårseffekten, der sammenlignes med målet (fx 5 mio. kr. om året).',
    ],
  },
  deskFactor: {
    slug: 'deleskrivebordsfaktor',
    word: 'Deleskrivebordsfaktor',
    short: 'Arbejdspladser pr. årsværk: 0,80 betyder 8 skriveborde til 10 årsværk.',
    long: [
      'Deleskrivebordsfaktoren siger, hvor mange arbejdspladser (skriveborde) der skal til pr. årsværk, når medarbejderne deler skriveborde.',
      'Arbejdspladser nødvendige = årsværk × deleskrivebordsfaktor. Med faktor 0,80 skal en enhed på 10 årsværk bruge 8 arbejdspladser. En enhed kan angive sit eget behov i stedet.',
      'Faktoren hentes fra den vedtagne plans forudsætninger. Kapaciteten sammenligner behovet med ejendommens arbejdspladser.',
    ],
  },
  includeMeasures: {
    slug: 'medtag-tiltag',
    word: 'Medtag tiltag',
    short: 'Hvilke tiltag beregningen tager med efter deres status: kun besluttede, eller også forslag.',
    long: [
      '"Medtag tiltag" vælger, hvilke tiltag i scenariet der regnes med, efter deres status: fx kun de besluttede, eller også forslagene.',
      'Tiltag, der ikke medtages, står stadig i scenariet, men tæller ikke med i besparelsen. På Kapacitet vælger "Flytninger" på samme måde, hvilke flytninger der tælles med.',
    ],
  },
  capitalOperating: {
    slug: 'anlaeg-drift',
    word: 'Anlæg/drift',
    short: 'Drift er det, der kommer igen hvert år; anlæg er engangsbeløb som salgsindtægter og istandsættelse.',
    long: [
      'Kommunens budget er delt i drift og anlæg. Drift er løbende udgifter og indtægter, der kommer igen hvert år: husleje, rengøring, forsyning, vedligehold.',
      'Anlæg er engangsbeløb: indtægten ved et salg (anlægsindtægt), istandsættelse og flytteudgifter. Et salg giver en anlægsindtægt én gang; den tæller aldrig med i driftsbesparelsen.',
    ],
  },
} as const satisfies Record<string, GlossaryEntry>

export type GlossaryKey = keyof typeof GLOSSARY
