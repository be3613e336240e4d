/**
 * Danish text in SQL. SQLite's lower() and LIKE fold ASCII only and ORDER BY is binary, so the
 * register keeps folded copies of its text, computed here, in columns that sort and match the same
 * way on SQLite and PostgreSQL (C collation).
 */

/** Lower-case the Danish way, for `search_text` columns and search patterns. @example foldText('Ærø') // 'ærø' */
export function foldText(text: string): string {
  return text.toLocaleLowerCase('da-DK').normalize('NFC')
}

/**
 * A key whose plain byte order is Danish alphabetical order: Æ, Ø, Å (and "aa") after Z.
 * @example [sortKey('Åby'), sortKey('Ølsted'), sortKey('Zealand')].sort() // Zealand, Ølsted, Åby
 */
export function sortKey(text: string): string {
  return foldText(text).replace(/aa/g, '\u007d').replace(/æ|ä/g, '\u007b').replace(/ø|ö/g, '\u007c').replace(/å/g, '\u007d')
}

/** Escape LIKE wildcards in user input; use with `escape '\\'`. */
export function likePattern(text: string): string {
  return `%${foldText(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}
