/** Property CSV files as a municipality's spreadsheet saves them (BOM, semicolons, CRLF, Danish amounts). */

/** The header of a properties file with its operating cost. */
export const PROPERTY_CSV_HEADER = 'Navn;Adresse;Postnr.;By;Ejerforhold;Anvendelse;Driftsudgift pr. år (kr.)'

/** Text as a saved CSV file: a byte-order mark and Windows line ends. */
export const csvBytes = (text: string) => new TextEncoder().encode(`\uFEFF${text.replace(/\n/g, '\r\n')}`)

/**
 * `rows` owned administration properties named by `name`, at Vej 0, Vej 1, … in Hedensted.
 * @example propertiesCsvFile(3_000, (i) => `Navn ${i}`)
 */
export const propertiesCsvFile = (rows: number, name: (i: number) => string) =>
  csvBytes(
    [
      PROPERTY_CSV_HEADER,
      ...Array.from({ length: rows }, (_, i) => `${name(i)};Vej ${i};8722;Hedensted;Ejet;Administration;1.000,50`),
    ].join('\n'),
  )
