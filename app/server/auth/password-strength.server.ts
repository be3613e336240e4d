/**
 * How easy a new password is to guess, scored by zxcvbn-ts (dictionaries of common passwords,
 * names and words, keyboard patterns, repeats, dates), with Danish feedback and a short list of
 * Danish words people build passwords from. Score 0-4; below 3 is refused.
 */
import type * as ZxcvbnCore from '@zxcvbn-ts/core'
import type { TranslationKeys, ZxcvbnFactory } from '@zxcvbn-ts/core'
import type * as LanguageCommon from '@zxcvbn-ts/language-common'
import type * as LanguageEn from '@zxcvbn-ts/language-en'
import { lazyRequire } from '../lazy-require.server'

// The dictionaries are large (tens of MB in memory): loaded when a password is first checked.
const core = lazyRequire<typeof ZxcvbnCore>('@zxcvbn-ts/core')
const common = lazyRequire<typeof LanguageCommon>('@zxcvbn-ts/language-common')
const english = lazyRequire<typeof LanguageEn>('@zxcvbn-ts/language-en')

/** The weakest score accepted: 3 is "safely unguessable" (about 10^8 guesses or more). */
export const MIN_SCORE = 3

/** Danish words and names common in passwords, and the app's own words; no npm dictionary for Danish exists. */
const DANISH_WORDS = `
adgangskode kodeord password hemmelig hemmelighed velkommen kærlighed elsker sommer vinter forår efterår
januar februar marts april maj juni juli august september oktober november december mandag tirsdag onsdag
torsdag fredag lørdag søndag danmark dansk københavn aarhus odense aalborg vejle horsens kolding hedensted
juelsminde tørring løsning kommune kommunen rådhus rådhuset medarbejder kontor bruger admin administrator
ejendom ejendomme udvalg kvadratmeter kloge hund kat hest fodbold familie mor far barn børn mormor farfar
skole arbejde hjem sol måne stjerne hygge tusind tak hej hejsa jensen nielsen hansen pedersen andersen
christensen larsen sørensen rasmussen jørgensen petersen madsen kristensen olsen thomsen christiansen poulsen
johansen møller mortensen
`
  .split(/\s+/)
  .filter(Boolean)

const DANISH: TranslationKeys = {
  warnings: {
    straightRow: 'Rækker af taster på tastaturet er lette at gætte.',
    keyPattern: 'Korte tastaturmønstre er lette at gætte.',
    simpleRepeat: 'Gentagne tegn som "aaa" er lette at gætte.',
    extendedRepeat: 'Gentagne mønstre som "abcabcabc" er lette at gætte.',
    sequences: 'Almindelige tegnfølger som "abc" er lette at gætte.',
    recentYears: 'Årstal fra de seneste år er lette at gætte.',
    dates: 'Datoer er lette at gætte.',
    topTen: 'Det er en af de mest brugte adgangskoder.',
    topHundred: 'Det er en meget brugt adgangskode.',
    common: 'Det er en almindelig adgangskode.',
    similarToCommon: 'Den ligner en almindelig adgangskode.',
    wordByItself: 'Et enkelt ord er let at gætte.',
    namesByThemselves: 'Et enkelt navn er let at gætte.',
    commonNames: 'Almindelige for- og efternavne er lette at gætte.',
    userInputs: 'Undgå din e-mail, dit navn og ord fra programmet.',
    pwned: 'Adgangskoden er kendt fra et datalæk på internettet.',
  },
  suggestions: {
    l33t: "Undgå forudsigelige udskiftninger som '@' for 'a'.",
    reverseWords: 'Undgå almindelige ord stavet baglæns.',
    allUppercase: 'Skriv nogle, men ikke alle bogstaver med stort.',
    capitalization: 'Skriv flere end det første bogstav med stort.',
    dates: 'Undgå datoer og årstal, der har med dig at gøre.',
    recentYears: 'Undgå årstal fra de seneste år.',
    associatedYears: 'Undgå årstal, der har med dig at gøre.',
    sequences: 'Undgå almindelige tegnfølger.',
    repeated: 'Undgå gentagne ord og tegn.',
    longerKeyboardPattern: 'Brug længere tastaturmønstre, og skift retning flere gange.',
    anotherWord: 'Tilføj flere ord, der ikke er almindelige.',
    useWords: 'Brug flere ord, men undgå kendte vendinger.',
    noNeed: 'En stærk adgangskode behøver ikke tegn, tal eller store bogstaver: flere tilfældige ord er nok.',
    pwned: 'Bruger du adgangskoden andre steder, så skift den dér.',
  },
  timeEstimation: {
    ltSecond: 'under et sekund',
    second: '{base} sekund',
    seconds: '{base} sekunder',
    minute: '{base} minut',
    minutes: '{base} minutter',
    hour: '{base} time',
    hours: '{base} timer',
    day: '{base} dag',
    days: '{base} dage',
    month: '{base} måned',
    months: '{base} måneder',
    year: '{base} år',
    years: '{base} år',
    centuries: 'århundreder',
  },
}

let factory: ZxcvbnFactory | null = null

// Built on first use: the dictionaries take a moment to rank.
function zxcvbn(): ZxcvbnFactory {
  factory ??= new (core().ZxcvbnFactory)({
    translations: DANISH,
    graphs: common().adjacencyGraphs,
    dictionary: { ...common().dictionary, ...english().dictionary, danish: DANISH_WORDS },
  })
  return factory
}

/**
 * Why a password is too easy to guess, in Danish, or null when it is strong enough. `related`
 * are the user's own words (e-mail, name), which make a password weaker.
 * @example weakPasswordReason('passwordpassword', []) // 'Adgangskoden er for let at gætte. Gentagne mønstre …'
 */
export function weakPasswordReason(password: string, related: string[]): string | null {
  const words = related.flatMap((r) => [r, ...r.split(/[^\p{L}\p{N}]+/u)]).filter((w) => w.length >= 3)
  const result = zxcvbn().check(password, [...words, 'kloge', 'kvadratmeter'])
  if (result.score >= MIN_SCORE) return null
  const hints = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean)
  const advice = hints.length ? ` ${hints.join(' ')}` : ''
  return `Adgangskoden er for let at gætte.${advice} Brug fx tre-fire ord, der ikke hænger sammen.`
}
