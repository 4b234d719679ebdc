/**
 * Every name form the five corpus reports use for an actor (state, armed group, coalition,
 * organization or person), as the press writes it, with the report and paragraph of its first
 * use and the entity it denotes there. Short name phrases only; each form once, compared without
 * regard to case. `others` lists the other entities a form honestly may denote (an ambiguity).
 */
export interface ReportNameForm {
  readonly form: string;
  /** Source id of the report. */
  readonly report: string;
  /** 1-based paragraph (non-empty line) of the report. */
  readonly paragraph: number;
  /** The entity the form denotes in an actor-only question. */
  readonly entity: string;
  /** Other entities the form may denote, offered with an ambiguity note. */
  readonly others?: readonly string[];
}

const AP = "ap-2017-09-19";
const NEW_ARAB = "idlib-counteroffensive-2019-06-06";
const BBC = "bbc-2024-11-28";
const AJ = "aljazeera-2018-09-08";
const F24 = "france24-2024-12-01";

/** The report's file name in the corpus, by source id. */
export const REPORT_FILES: Readonly<Record<string, string>> = {
  [AP]: "000_78f35a3a088b116f.txt",
  [NEW_ARAB]: "001_8260a73b69ca5e45.txt",
  [BBC]: "002_29956550adda4e2a.txt",
  [AJ]: "003_a8106be745b31416.txt",
  [F24]: "004_89119e97eae96377.txt",
};

/** The actor name forms of the five reports. */
export const REPORT_NAME_FORMS: readonly ReportNameForm[] = [
  // 000, Associated Press, 2017-09-19
  { form: "Insurgents", report: AP, paragraph: 1, entity: "syrian-opposition" },
  { form: "al-Qaeda", report: AP, paragraph: 1, entity: "al-qaeda" },
  { form: "Syrian pro-government troops", report: AP, paragraph: 1, entity: "syrian-government" },
  { form: "the government", report: AP, paragraph: 2, entity: "syrian-government" },
  { form: "Russia", report: AP, paragraph: 3, entity: "russia" },
  { form: "Iran", report: AP, paragraph: 3, entity: "iran" },
  { form: "Bashar Assad", report: AP, paragraph: 3, entity: "bashar-al-assad" },
  { form: "Turkey", report: AP, paragraph: 3, entity: "turkey" },
  { form: "the Syrian troops", report: AP, paragraph: 4, entity: "syrian-government" },
  { form: "allied militias", report: AP, paragraph: 4, entity: "pro-government-militias" },
  { form: "Islamic State militants", report: AP, paragraph: 4, entity: "islamic-state" },
  { form: "pro-government troops", report: AP, paragraph: 5, entity: "syrian-government" },
  { form: "IS militants", report: AP, paragraph: 5, entity: "islamic-state" },
  { form: "IS", report: AP, paragraph: 5, entity: "islamic-state" },
  { form: "The Syrian forces", report: AP, paragraph: 5, entity: "syrian-government" },
  { form: "the U.S-backed Syrian fighters", report: AP, paragraph: 5, entity: "sdf" },
  { form: "Central Military Media", report: AP, paragraph: 6, entity: "central-military-media" },
  { form: "The Media center", report: AP, paragraph: 6, entity: "central-military-media" },
  { form: "the insurgents", report: AP, paragraph: 6, entity: "syrian-opposition" },
  { form: "Rami Abdurrahman", report: AP, paragraph: 7, entity: "rami-abdurrahman" },
  { form: "Syrian Observatory for Human Rights", report: AP, paragraph: 7, entity: "sohr" },
  { form: "Abdurrahman", report: AP, paragraph: 8, entity: "rami-abdurrahman" },
  { form: "Qasioun News Agency", report: AP, paragraph: 8, entity: "qasioun" },
  { form: "The Observatory", report: AP, paragraph: 9, entity: "sohr" },
  { form: "Hayat Tahrir al-Sham", report: AP, paragraph: 9, entity: "hts" },
  { form: "Turkistan Islamic Party", report: AP, paragraph: 9, entity: "turkistan-islamic-party" },
  { form: "Abdurrrahman", report: AP, paragraph: 10, entity: "rami-abdurrahman" },
  { form: "pro-government forces", report: AP, paragraph: 10, entity: "syrian-government" },
  { form: "Assad", report: AP, paragraph: 11, entity: "bashar-al-assad" },

  // 001, The New Arab, 2019-06-06
  { form: "Syrian rebels", report: NEW_ARAB, paragraph: 1, entity: "syrian-opposition" },
  { form: "regime", report: NEW_ARAB, paragraph: 1, entity: "syrian-government" },
  { form: "regime forces", report: NEW_ARAB, paragraph: 2, entity: "syrian-government" },
  { form: "the armed opposition", report: NEW_ARAB, paragraph: 2, entity: "syrian-opposition" },
  { form: "the opposition", report: NEW_ARAB, paragraph: 2, entity: "syrian-opposition" },
  { form: "the regime", report: NEW_ARAB, paragraph: 2, entity: "syrian-government" },
  { form: "rebel forces", report: NEW_ARAB, paragraph: 3, entity: "syrian-opposition" },
  { form: "Jaysh al-Izza", report: NEW_ARAB, paragraph: 4, entity: "jaysh-al-izza" },
  { form: "Rebel fighters", report: NEW_ARAB, paragraph: 5, entity: "syrian-opposition" },
  { form: "The rebels", report: NEW_ARAB, paragraph: 6, entity: "syrian-opposition" },
  { form: "the National Liberation Front", report: NEW_ARAB, paragraph: 7, entity: "nlf" },
  { form: "NLF", report: NEW_ARAB, paragraph: 7, entity: "nlf" },
  { form: "government forces", report: NEW_ARAB, paragraph: 7, entity: "syrian-government" },
  { form: "Human Rights Watch", report: NEW_ARAB, paragraph: 8, entity: "human-rights-watch" },
  { form: "the Syrian Civil Defence", report: NEW_ARAB, paragraph: 10, entity: "white-helmets" },
  { form: "President Bashar al-Assad", report: NEW_ARAB, paragraph: 14, entity: "bashar-al-assad" },
  { form: "Bashar al-Assad", report: NEW_ARAB, paragraph: 15, entity: "bashar-al-assad" },
  { form: "Turkey-backed fighters", report: NEW_ARAB, paragraph: 15, entity: "sna" },
  { form: "Kurdish-led forces", report: NEW_ARAB, paragraph: 15, entity: "sdf" },
  { form: "the United States", report: NEW_ARAB, paragraph: 15, entity: "united-states" },

  // 002, BBC, 2024-11-28
  { form: "President Bashar al-Assad’s forces", report: BBC, paragraph: 1, entity: "syrian-government" },
  { form: "HTS", report: BBC, paragraph: 2, entity: "hts" },
  { form: "The Syrian military", report: BBC, paragraph: 3, entity: "syrian-government" },
  { form: "A UK-based monitoring group", report: BBC, paragraph: 4, entity: "sohr" },
  { form: "Turkish-backed rebel factions", report: BBC, paragraph: 7, entity: "sna" },
  { form: "the Syrian National Army", report: BBC, paragraph: 7, entity: "sna" },
  { form: "SNA", report: BBC, paragraph: 7, entity: "sna" },
  { form: "Turkish forces", report: BBC, paragraph: 7, entity: "turkey" },
  { form: "the UN special envoy for Syria", report: BBC, paragraph: 9, entity: "un-special-envoy-for-syria" },
  { form: "Geir Pedersen", report: BBC, paragraph: 10, entity: "geir-pedersen" },
  {
    form: "HTS and its allies",
    report: BBC,
    paragraph: 11,
    entity: "hts-led-coalition-2024",
    others: ["hts-led-insurgents-2017"],
  },
  { form: "Iran-backed militias", report: BBC, paragraph: 11, entity: "iran-backed-militias" },
  { form: "the Syrian government", report: BBC, paragraph: 12, entity: "syrian-government" },
  { form: "Lebanon", report: BBC, paragraph: 13, entity: "lebanon" },
  { form: "Hezbollah movement", report: BBC, paragraph: 13, entity: "hezbollah" },
  { form: "Israel", report: BBC, paragraph: 14, entity: "israel" },
  { form: "Hezbollah", report: BBC, paragraph: 14, entity: "hezbollah" },
  { form: "Iran-backed militia groups", report: BBC, paragraph: 14, entity: "iran-backed-militias" },
  { form: "Russian forces", report: BBC, paragraph: 14, entity: "russia" },
  { form: "Ukraine", report: BBC, paragraph: 14, entity: "ukraine" },
  { form: "SOHR", report: BBC, paragraph: 15, entity: "sohr" },
  { form: "the Syrian army 46th Regiment", report: BBC, paragraph: 16, entity: "syrian-army-46th-regiment" },
  { form: "The SOHR", report: BBC, paragraph: 18, entity: "sohr" },
  { form: "government troops", report: BBC, paragraph: 18, entity: "syrian-government" },
  { form: "militiamen", report: BBC, paragraph: 18, entity: "pro-government-militias" },
  { form: "Iran’s Revolutionary Guards", report: BBC, paragraph: 21, entity: "irgc" },
  { form: "Brig Gen Kioumars Pourhashemi", report: BBC, paragraph: 21, entity: "kioumars-pourhashemi" },
  { form: "the Syria Civil Defence", report: BBC, paragraph: 22, entity: "white-helmets" },
  { form: "the White Helmets", report: BBC, paragraph: 22, entity: "white-helmets" },
  { form: "The UN", report: BBC, paragraph: 25, entity: "united-nations" },
  { form: "David Carden", report: BBC, paragraph: 25, entity: "david-carden" },
  {
    form: "The International Rescue Committee",
    report: BBC,
    paragraph: 26,
    entity: "international-rescue-committee",
  },

  // 003, Al Jazeera, 2018-09-08
  { form: "Syria", report: AJ, paragraph: 1, entity: "syrian-government", others: ["syria"] },
  { form: "Syrian government forces", report: AJ, paragraph: 2, entity: "syrian-government" },
  { form: "Abd al-Kareem al-Rahmoun", report: AJ, paragraph: 7, entity: "abd-al-kareem-al-rahmoun" },
  { form: "Rebel factions", report: AJ, paragraph: 10, entity: "syrian-opposition" },
  { form: "Mohamad Haj Ali", report: AJ, paragraph: 12, entity: "mohamad-haj-ali" },
  { form: "the First Coastal Division", report: AJ, paragraph: 12, entity: "first-coastal-division" },
  { form: "al-Jabha al-Wataniya lil-Tahrir", report: AJ, paragraph: 12, entity: "nlf" },
  { form: "Al Jazeera", report: AJ, paragraph: 12, entity: "al-jazeera" },
  { form: "the Russians", report: AJ, paragraph: 13, entity: "russia" },
  { form: "Syrian troops", report: AJ, paragraph: 15, entity: "syrian-government" },
  { form: "Kurdish security forces", report: AJ, paragraph: 15, entity: "asayesh" },
  { form: "Asayesh", report: AJ, paragraph: 15, entity: "asayesh" },
  { form: "the government forces", report: AJ, paragraph: 16, entity: "syrian-government" },
  { form: "Kurdish forces", report: AJ, paragraph: 17, entity: "asayesh", others: ["sdf"] },
  { form: "Damascus", report: AJ, paragraph: 17, entity: "syrian-government", others: ["damascus"] },
  { form: "Recep Tayyip Erdogan", report: AJ, paragraph: 20, entity: "recep-tayyip-erdogan" },
  { form: "Vladimir Putin", report: AJ, paragraph: 20, entity: "vladimir-putin" },
  { form: "Naji Abu Hadhifa", report: AJ, paragraph: 21, entity: "naji-abu-hadhifa" },
  { form: "the NFL", report: AJ, paragraph: 21, entity: "nlf" },
  { form: "Hadhifa", report: AJ, paragraph: 22, entity: "naji-abu-hadhifa" },
  { form: "Moscow", report: AJ, paragraph: 24, entity: "russia" },
  { form: "Mevlut Cavusoglu", report: AJ, paragraph: 25, entity: "mevlut-cavusoglu" },
  { form: "Cavusoglu", report: AJ, paragraph: 26, entity: "mevlut-cavusoglu" },

  // 004, France 24, 2024-12-01
  { form: "The Syrian army", report: F24, paragraph: 1, entity: "syrian-government" },
  { form: "rebels", report: F24, paragraph: 1, entity: "syrian-opposition" },
  { form: "the Hayat Tahrir al-Sham group", report: F24, paragraph: 3, entity: "hts" },
  { form: "Levant Liberation Organization", report: F24, paragraph: 3, entity: "hts" },
  {
    form: "the coalition of jihadists and rebels",
    report: F24,
    paragraph: 4,
    entity: "hts-led-coalition-2024",
  },
  { form: "Farid Kahhat", report: F24, paragraph: 5, entity: "farid-kahhat" },
  { form: "France 24", report: F24, paragraph: 5, entity: "france-24" },
  { form: "Al-Assad", report: F24, paragraph: 8, entity: "bashar-al-assad" },
  { form: "Abbas Araghchi", report: F24, paragraph: 9, entity: "abbas-araghchi" },
  { form: "Araghchi", report: F24, paragraph: 10, entity: "abbas-araghchi" },
  { form: "Tehran", report: F24, paragraph: 10, entity: "iran", others: ["tehran"] },
  { form: "King Abdullah II of Jordan", report: F24, paragraph: 10, entity: "abdullah-ii" },
  { form: "Sheikh Mohammed bin Zayed Al Nahyan", report: F24, paragraph: 10, entity: "mohammed-bin-zayed" },
  { form: "the rebel groups", report: F24, paragraph: 11, entity: "syrian-opposition" },
  { form: "Syrian government", report: F24, paragraph: 11, entity: "syrian-government" },
  { form: "Turkish-backed fighters", report: F24, paragraph: 13, entity: "sna" },
  { form: "Colonel Hassan Abdulghani", report: F24, paragraph: 14, entity: "hassan-abdulghani" },
  { form: "Syrian soldiers", report: F24, paragraph: 15, entity: "syrian-government" },
  { form: "SANA", report: F24, paragraph: 20, entity: "sana" },
  { form: "Syria's state news agency", report: F24, paragraph: 20, entity: "sana" },
  { form: "Syrian state television", report: F24, paragraph: 22, entity: "syrian-state-television" },
  { form: "The Syrian Observatory for Human Rights", report: F24, paragraph: 22, entity: "sohr" },
  { form: "the Syrian Civil Defense", report: F24, paragraph: 23, entity: "white-helmets" },
  { form: "the state news agency", report: F24, paragraph: 25, entity: "sana" },
  { form: "Assad’s government", report: F24, paragraph: 27, entity: "syrian-government" },
  { form: "opposition factions", report: F24, paragraph: 28, entity: "syrian-opposition" },
  { form: "Kurdish-Syrian militias", report: F24, paragraph: 30, entity: "sdf" },
  { form: "the Al-Assad government", report: F24, paragraph: 30, entity: "syrian-government" },
  { form: "the Kurds", report: F24, paragraph: 32, entity: "sdf" },
  { form: "the Syrian Kurds", report: F24, paragraph: 33, entity: "sdf" },
  { form: "the Iranian militias", report: F24, paragraph: 33, entity: "iran-backed-militias" },
  { form: "the Syrian Democratic Forces", report: F24, paragraph: 34, entity: "sdf" },
  { form: "SDF", report: F24, paragraph: 34, entity: "sdf" },
  { form: "The Kurdish groups", report: F24, paragraph: 35, entity: "sdf" },
  { form: "the US", report: F24, paragraph: 35, entity: "united-states" },
  { form: "Islamic State", report: F24, paragraph: 35, entity: "islamic-state" },
  { form: "AP", report: F24, paragraph: 36, entity: "associated-press" },
  { form: "EFE", report: F24, paragraph: 36, entity: "efe" },
];
