/**
 * The demo's post templates: per kind of organisation, topics (afval, wegwerkzaamheden,
 * raadsvergadering, evenementen, vacatures…) with a weight, how much residents care (appeal) and
 * Dutch texts whose dates, streets and districts are filled in per post.
 */
import type { OrgType } from './cast.ts'
import type { Prng } from './prng.ts'

export interface Fill {
  rng: Prng
  /** A Dutch date ("dinsdag 14 oktober") `min` to `max` days after the post. */
  date: (min: number, max: number) => string
  /** "14 oktober", `min` to `max` days after the post. */
  dayMonth: (min: number, max: number) => string
  street: () => string
  /** Two different streets: "Kerkweg / Molenlaan". */
  crossing: () => string
  wijk: () => string
}

export type Template = (f: Fill) => string

export interface Topic {
  topic: string
  /** Path on the organisation's site the post links to, or null for no link. */
  link: string | null
  /** How much residents care, relative to an average post (a storm warning more than a vacancy). */
  appeal: number
  weight: number
  texts: readonly Template[]
}

export const STREETS =
  'Dorpsstraat|Kerkweg|Molenlaan|Stationsweg|Julianastraat|Beatrixlaan|Oude Haven|Schoolstraat|Industrieweg'.split(
    '|',
  )
export const WIJKEN = 'Noord|De Akkers|Oud-West|Hoogveld|Centrum|De Weide|Zuidrand'.split('|')
const RAAD =
  'de begroting|het nieuwe parkeerbeleid|woningbouw aan de rand van het centrum|de aanpak van zwerfafval|het sportakkoord'.split(
    '|',
  )
const FUNCTIES =
  'beleidsadviseur wonen|medewerker Burgerzaken|handhaver openbare ruimte|communicatieadviseur|projectleider riolering'.split(
    '|',
  )
const EVENTS =
  'de weekmarkt|het zomerfestival|de Koningsdagmarkt|de sportdag|de open monumentendag'.split('|')

function topic(
  name: string,
  link: string | null,
  appeal: number,
  weight: number,
  texts: readonly Template[],
): Topic {
  return { topic: name, link, appeal, weight, texts }
}

const GEMEENTE: readonly Topic[] = [
  topic('afval', 'afval', 1.1, 3, [
    (f) =>
      `Let op: het gft-afval in ${f.wijk()} wordt ${f.date(1, 4)} een dag later opgehaald. Zet uw container de avond ervoor buiten.`,
    (f) =>
      `Grofvuil kwijt? Maak online een afspraak. De milieustraat aan de ${f.street()} is ${f.date(1, 6)} open van 8.00 tot 16.00 uur.`,
    (f) =>
      `Vanaf ${f.dayMonth(7, 20)} krijgt ${f.wijk()} containers voor papier en karton aan huis. De nieuwe afvalkalender staat online.`,
  ]),
  topic('wegwerkzaamheden', 'werkzaamheden', 1, 3, [
    (f) =>
      `Vanaf ${f.date(2, 9)} is de ${f.street()} afgesloten voor verkeer wegens onderhoud aan het riool. Volg de omleidingsborden.`,
    (f) =>
      `De werkzaamheden aan de kruising ${f.crossing()} duren langer dan gepland: tot en met ${f.date(5, 15)}.`,
    (f) =>
      `Van ${f.dayMonth(3, 10)} tot ${f.dayMonth(14, 30)} vernieuwen we het fietspad langs de ${f.street()}. Fietsers worden omgeleid.`,
  ]),
  topic('gemeenteraad', 'raad', 0.7, 2, [
    (f) =>
      `Raadsvergadering ${f.date(1, 6)} om 19.30 uur over ${f.rng.pick(RAAD)}. Volg de vergadering live via onze website.`,
    (f) =>
      `Wilt u inspreken bij de raadscommissie over ${f.rng.pick(RAAD)}? Meld u uiterlijk ${f.date(2, 8)} aan bij de griffie.`,
  ]),
  topic('evenementen', 'evenementen', 1.3, 2, [
    (f) =>
      `Zaterdag is ${f.rng.pick(EVENTS)} in ${f.wijk()}. Het centrum is van 7.00 tot 19.00 uur afgesloten voor autoverkeer. Tot dan!`,
    (f) =>
      `Wat een opkomst bij ${f.rng.pick(EVENTS)}! Dank aan alle vrijwilligers die dit mogelijk maakten.`,
  ]),
  topic('vacatures', 'vacatures', 0.6, 1.5, [
    (f) =>
      `Vacature: wij zoeken een ${f.rng.pick(FUNCTIES)} (32-36 uur). Reageren kan tot ${f.dayMonth(10, 25)}.`,
    (f) =>
      `Werken aan een mooie gemeente? We zoeken een ${f.rng.pick(FUNCTIES)}. Bekijk de vacature en solliciteer.`,
  ]),
  topic('dienstverlening', 'afspraak', 0.9, 2, [
    (f) =>
      `Het gemeentehuis is ${f.date(2, 8)} gesloten. Een paspoort of id-kaart ophalen kan weer de dag erna, op afspraak.`,
    () =>
      'Paspoort of id-kaart nodig voor de vakantie? Vraag het op tijd aan: het duurt ongeveer een week voordat het klaar is.',
  ]),
  topic('meedenken', 'meedenken', 0.9, 1, [
    (f) =>
      `Denk mee over de nieuwe speelplek in ${f.wijk()}. Vul de korte vragenlijst in vóór ${f.dayMonth(7, 21)}.`,
  ]),
  topic('veiligheid', null, 2.2, 0.5, [
    () =>
      'Code oranje voor zware windstoten. Zet losse spullen vast en blijf zo veel mogelijk binnen. Meld omgevallen bomen via 14 0000.',
    (f) =>
      `Door een lekkage is de watervoorziening in ${f.wijk()} onderbroken. Het waterbedrijf werkt aan herstel.`,
  ]),
]

const PROVINCIE: readonly Topic[] = [
  topic('wegen', 'wegen', 1, 3, [
    (f) =>
      `De N${f.rng.int(200, 480)} is ${f.date(2, 9)} 's nachts afgesloten voor asfaltwerk, van 20.00 tot 6.00 uur.`,
    (f) =>
      `Vanaf ${f.dayMonth(5, 20)} rijdt de nieuwe snelbus tussen ${f.wijk()} en het station. Elk kwartier, ook in het weekend.`,
  ]),
  topic('provinciale staten', 'staten', 0.6, 2, [
    (f) =>
      `Provinciale Staten vergaderen ${f.date(1, 6)} over ${f.rng.pick(['de energietransitie', 'natuurherstel', 'het openbaar vervoer'])}. Kijk live mee.`,
  ]),
  topic('subsidie', 'subsidie', 0.9, 2, [
    (f) =>
      `Subsidie voor ${f.rng.pick(['dorpshuizen', 'zonnepanelen op sportkantines', 'groene schoolpleinen'])}: aanvragen kan vanaf ${f.dayMonth(3, 14)}.`,
  ]),
  topic('natuur', 'natuur', 1.3, 2, [
    () =>
      'De eerste lepelaars zijn terug in het Veenlandse natuurgebied. Mooi om te zien hoe het herstel van het gebied aanslaat.',
    (f) => `Het wandelpad langs de ${f.street()} is weer open na herstel van de beschoeiing.`,
  ]),
]

const WATERSCHAP: readonly Topic[] = [
  topic('waterpeil', 'peil', 1, 3, [
    (f) =>
      `Het waterpeil in polder ${f.wijk()} gaat vanaf ${f.date(2, 7)} omhoog naar het zomerpeil.`,
    () =>
      'Na de regen van de afgelopen dagen draaien de gemalen op volle kracht. Het water wordt goed afgevoerd.',
  ]),
  topic('dijken', 'dijken', 0.9, 2, [
    (f) =>
      `Onze dijkinspecteurs zijn deze week op pad langs de ${f.street()}. Ziet u iets vreemds aan een dijk? Laat het ons weten.`,
  ]),
  topic('zwemwater', 'zwemwater', 1.4, 1.5, [
    (f) =>
      `Blauwalg bij de zwemplek in ${f.wijk()}: zwemmen wordt afgeraden. Kijk voor een frisse duik op zwemwater.nl.`,
  ]),
  topic('vacatures', 'werken', 0.6, 1, [
    (f) =>
      `Vacature: wij zoeken een ${f.rng.pick(['peilbeheerder', 'adviseur waterkwaliteit', 'monteur gemalen'])}. Reageren kan tot ${f.dayMonth(10, 25)}.`,
  ]),
]

const RIJK: readonly Topic[] = [
  topic('regels', 'regels', 1, 3, [
    (f) =>
      `Vanaf ${f.dayMonth(10, 40)} gelden nieuwe regels voor ${f.rng.pick(['bouwen in de achtertuin', 'zonnepanelen op monumenten', 'het kappen van bomen'])}. Lees wat er verandert.`,
  ]),
  topic('cijfers', 'cijfers', 1.2, 2, [
    () =>
      'Nieuwe cijfers: het aantal aanvragen voor een omgevingsvergunning steeg dit kwartaal met 8 procent. Bekijk het dashboard.',
    () =>
      'In ons jaarverslag leest u hoe we het afgelopen jaar gemeenten en provincies hebben ondersteund.',
  ]),
  topic('webinar', 'webinar', 0.7, 2, [
    (f) => `Webinar ${f.date(3, 12)}: werken met het Omgevingsloket voor gemeenten. Meld u nu aan.`,
  ]),
  topic('storing', null, 1.6, 0.6, [
    () =>
      'Het Omgevingsloket is vanavond tussen 20.00 en 23.00 uur niet bereikbaar door onderhoud.',
  ]),
]

export const TOPICS: Record<OrgType, readonly Topic[]> = {
  gemeente: GEMEENTE,
  provincie: PROVINCIE,
  waterschap: WATERSCHAP,
  rijk: RIJK,
}
