/**
 * The form names are compared in: case-, diacritic- and punctuation-insensitive, so
 * "Hayat Tahrir al-Sham", "hayat tahrir al sham" and "Ḥayat Taḥrīr al-Shām" meet.
 */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’‘`ʼʿʾ]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
