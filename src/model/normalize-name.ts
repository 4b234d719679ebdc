/**
 * A possessive ending on a word of three or more letters ("Turkey's", "Iran’s"): the name is the
 * word without it. Shorter words keep it, as transliterations write "Ra's al-Ayn" for "Ras al-Ayn".
 */
const POSSESSIVE = /(?<=[\p{L}\p{N}]{3})['’ʼ]s(?![\p{L}\p{N}])/gu;

/**
 * A leading English article. Only "the" and "a": Arabic articles such as "al-" (and "an-", as in
 * "an-Nusra") are part of the name and stay.
 */
const LEADING_ARTICLE = /^(?:the|a) (?=\S)/;

/**
 * The form names are compared in: case-, diacritic- and punctuation-insensitive, so
 * "Hayat Tahrir al-Sham", "hayat tahrir al sham" and "Ḥayat Taḥrīr al-Shām" meet; a leading
 * "the" or "a" and possessive endings are ignored, so "the SDF" meets "SDF" and "Turkey's" meets
 * "Turkey" ("Assad's forces" becomes "assad forces" on both sides of a comparison).
 */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(POSSESSIVE, "")
    .toLowerCase()
    .replace(/['’‘`ʼʿʾ]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(LEADING_ARTICLE, "");
}
