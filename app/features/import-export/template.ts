/**
 * The import template's contents: the two data sheets' headers (as the export writes them) and a
 * guide sheet that explains every column in Danish.
 */
import type { ImportField } from '~/core/sheets/import-spec'
import { LEASE_IMPORT, LEASE_SHEET } from '~/features/leases/lease-format'
import { PROPERTY_IMPORT, PROPERTY_SHEET } from '~/features/properties/property-format'

const FORMAT: Record<ImportField['kind'], string> = {
  text: 'Tekst',
  integer: 'Helt tal, fx 1.200',
  decimal: 'Decimaltal med komma, fx 55,7711',
  money: 'Beløb i kroner, fx 1.234.567,89 (tal-celle eller tekst)',
  date: 'Dato, fx 31.05.2024 (dato-celle eller tekst)',
  code: '',
  flag: 'Ja eller Nej',
}

const NOTES: Record<string, string> = {
  'Ejendomme:Id':
    'Tom: ny ejendom, medmindre registret har en ejendom med samme adresse og postnummer (så vises ændringerne, og du vælger). Udfyldt: opdaterer ejendommen med dette id (som i eksporten).',
  'Ejendomme:Øst (UTM32)': 'ETRS89 / UTM zone 32N (EPSG:25832) i meter, fx 543852. Brug enten Øst/Nord eller Breddegrad/Længdegrad.',
  'Ejendomme:Nord (UTM32)': 'ETRS89 / UTM zone 32N (EPSG:25832) i meter, fx 6180814.',
  'Ejendomme:Breddegrad': 'WGS84 i grader, fx 55,7711.',
  'Ejendomme:Længdegrad': 'WGS84 i grader, fx 9,6993.',
  'Ejendomme:Forbrugsår':
    'Året for forbruget i de tre næste kolonner, fx 2024. Eksporten skriver det seneste registrerede år. Et år, der allerede er registreret, overskrives; tomme forbrugskolonner ændrer intet.',
  'Ejendomme:Varme (MWh)': 'Årets varmeforbrug i MWh med højst tre decimaler (hele kWh), fx 412,345.',
  'Ejendomme:El (MWh)': 'Årets elforbrug i MWh med højst tre decimaler, fx 40,5.',
  'Ejendomme:Vand (m³)': 'Årets vandforbrug i m³ med højst tre decimaler (hele liter), fx 310.',
  'Lejemål:Id':
    'Tom: nyt lejemål, medmindre ejendommen har et lejemål med samme modpart og startdato (så vises ændringerne, og du vælger). Udfyldt: opdaterer lejemålet med dette id.',
  'Lejemål:Ejendom': 'Ejendommens navn præcis som i registret eller i arket Ejendomme. Kan udelades, når Ejendoms-id er udfyldt.',
  'Lejemål:Ejendoms-id': 'Ejendommens id; går forud for navnet.',
  'Lejemål:Status': 'Tom: Opsagt, når der er en opsigelsesdato, ellers Aktiv.',
  'Lejemål:Opsigelsesdato': 'Ophørsdatoen beregnes efter erhvervslejeloven § 64.',
}

function describe(sheet: string, f: ImportField): string[] {
  const format = f.kind === 'code' && f.labels ? `En af: ${Object.values(f.labels).join(', ')}` : FORMAT[f.kind]
  const required = f.required ? 'Ja' : f.defaultText ? 'Nej (tom = standard)' : 'Nej'
  return [sheet, f.header, required, format, NOTES[`${sheet}:${f.header}`] ?? '']
}

/** Headers of the data sheets; the derived end date is left out of the template. */
export const TEMPLATE_SHEETS = [
  { name: PROPERTY_SHEET, headers: PROPERTY_IMPORT.map((f) => f.header) },
  { name: LEASE_SHEET, headers: LEASE_IMPORT.filter((f) => !f.ignored).map((f) => f.header) },
]

/** The guide: one row per column. */
export const TEMPLATE_GUIDE: { header: string[]; rows: string[][] } = {
  header: ['Ark', 'Kolonne', 'Påkrævet', 'Format', 'Bemærkning'],
  rows: [
    ...PROPERTY_IMPORT.map((f) => describe(PROPERTY_SHEET, f)),
    ...LEASE_IMPORT.filter((f) => !f.ignored).map((f) => describe(LEASE_SHEET, f)),
  ],
}
