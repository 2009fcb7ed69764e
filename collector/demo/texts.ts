/**
 * Dutch texts of the demo's posts: a message of the organisation (a topic template, or a
 * campaign message), replies to residents and quotes of peers. Each platform then gets its own
 * small variation of a message (see variants.ts).
 */
import { DAY, dutchDate, dutchDayMonth } from './calendar.ts'
import type { DemoOrganisation } from './cast.ts'
import type { Prng } from './prng.ts'
import { STREETS, TOPICS, WIJKEN, type Fill, type Template } from './texts-topics.ts'

export interface Message {
  text: string
  /** Path on the organisation's site the post links to, or null for no link. */
  link: string | null
  /** Topic hashtag (Mastodon posts carry hashtags). */
  topic: string
  /** How much residents care, relative to an average post. */
  appeal: number
}

export function writeMessage(org: DemoOrganisation, at: number, rng: Prng): Message {
  const topics = TOPICS[org.type]
  let roll = rng.next() * topics.reduce((sum, t) => sum + t.weight, 0)
  const topic = topics.find((t) => (roll -= t.weight) < 0) ?? topics[0]!
  const text = rng.pick(topic.texts)(fill(at, rng))
  return { text, link: topic.link, topic: topic.topic, appeal: topic.appeal }
}

export function campaignMessage(
  title: string,
  org: DemoOrganisation,
  at: number,
  rng: Prng,
): Message {
  if (title.includes('verkiezingen')) {
    const text = rng.pick([
      `Stemmen voor de gemeenteraad kan ${dutchDate(at + 7 * DAY)}. Kijk waar de stembureaus in ${org.tag} zijn.`,
      `Stempas kwijt? Vraag uiterlijk ${dutchDayMonth(at + 3 * DAY)} een vervangende stempas aan.`,
      'Waarom stemmen voor de gemeenteraad ertoe doet: de raad beslist over uw straat, uw school en uw afval.',
    ])
    return { text, link: 'verkiezingen', topic: 'verkiezingen', appeal: 1.5 }
  }
  const text = rng.pick([
    'Afval scheiden loont: hoe minder restafval, hoe lager de afvalstoffenheffing. Doe mee!',
    'Wist u dat een derde van ons restafval eigenlijk gft is? Zo scheidt u het goed.',
    'Nieuwe afvalkalender, minder restafval. Bekijk wanneer welke container aan de straat mag.',
  ])
  return { text, link: 'afvalscheiden', topic: 'afval', appeal: 1.5 }
}

/** A farewell on X by the peer that leaves, and its announcement elsewhere. */
export function exitMessage(onX: boolean, elsewhere: string): Message {
  const text = onX
    ? `Vanaf vandaag zijn we niet meer actief op X. U vindt ons op ${elsewhere} en natuurlijk op onze website. Bedankt voor het volgen!`
    : 'Vanaf vandaag stoppen we met X. Hier en op onze website houden we u op de hoogte.'
  return { text, link: null, topic: 'nieuws', appeal: 2.5 }
}

export function pauseMessage(onX: boolean, starting: boolean, elsewhere: string): Message {
  const text = starting
    ? onX
      ? `We nemen een pauze op X. Blijf op de hoogte via ${elsewhere} en onze website.`
      : 'We plaatsen voorlopig geen berichten op X. Hier blijven we u gewoon informeren.'
    : 'We zijn weer terug op X en houden u hier weer op de hoogte.'
  return { text, link: null, topic: 'nieuws', appeal: 1.2 }
}

export function replyText(rng: Prng, site: string, at: number): string {
  return rng.pick<Template>([
    () =>
      'Dank voor uw melding. We hebben het doorgegeven aan de wijkbeheerder; u hoort binnen vijf werkdagen van ons.',
    () =>
      `Vervelend om te horen! Wilt u de plek doorgeven via ${site}/melding? Dan kijken we er snel naar.`,
    (f) => `Goede vraag. Het schema voor ${f.wijk()} vindt u op ${site}.`,
    (f) =>
      `De werkzaamheden duren naar verwachting tot ${f.date(3, 12)}. Excuses voor het ongemak.`,
    () => 'Dank u wel voor het compliment, dat geven we door aan de collega’s!',
  ])(fill(at, rng))
}

export function quoteText(rng: Prng, quotedName: string): string {
  return rng.pick([
    `Mooi initiatief van ${quotedName}. Goed voorbeeld voor de hele regio.`,
    `Belangrijk bericht van ${quotedName}, ook voor onze inwoners.`,
    `Lees dit even: ${quotedName} legt het helder uit.`,
  ])
}

function fill(at: number, rng: Prng): Fill {
  return {
    rng,
    date: (min, max) => dutchDate(at + rng.int(min, max) * DAY),
    dayMonth: (min, max) => dutchDayMonth(at + rng.int(min, max) * DAY),
    street: () => rng.pick(STREETS),
    crossing: () => {
      const first = rng.int(0, STREETS.length - 1)
      const second = (first + rng.int(1, STREETS.length - 1)) % STREETS.length
      return `${STREETS[first]} / ${STREETS[second]}`
    },
    wijk: () => rng.pick(WIJKEN),
  }
}
