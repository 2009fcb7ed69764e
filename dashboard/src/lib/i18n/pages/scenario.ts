/**
 * Strings of the Scenario page (partly or wholly leaving X) in Dutch and English: the shares, the
 * trends and their method, the crossing sentence, the what-if panel and the peers' exits.
 */

type Reason = 'diverging' | 'beyondHorizon' | 'bandTooWide' | null

/** A month relative to an exit: −6, 0, +3. */
const signed = (k: number): string => (k === 0 ? '0' : `${k > 0 ? '+' : '−'}${Math.abs(k)}`)

export const nl = {
  navScenario: 'Scenario',
  scenarioTitle: 'Minder of niet meer op X: wat betekent dat?',
  scenarioIntro:
    'Welk deel van het publiek en van de interacties X nog levert, hoe dat verschuift, wanneer Bluesky en Mastodon samen X inhalen, wat stoppen of vertrekken kost en wat organisaties zagen die al vertrokken. Alle cijfers zijn hele kalendermaanden.',
  scenarioOrganisation: 'Organisatie',
  scenarioOwn: 'Eigen organisatie',
  scenarioLoading: 'Scenario berekenen…',
  scenarioLoadFailed: 'Het scenario kon niet worden berekend:',
  scenarioNoData:
    'Er is nog geen hele maand met tellingen voor deze organisatie. Het scenario heeft minstens één hele maand nodig.',
  scenarioAsOf: (month: string, date: string) =>
    `“Nu” is ${month}: de laatste hele maand tot en met ${date}.`,
  scenarioSharesHeading: 'Aandeel per platform',
  scenarioSharesIntro:
    'Het aandeel van elk platform in de volgers (aan het eind van de maand) en in de interacties (op berichten uit die maand), nu en 3, 6 en 12 maanden eerder. De verandering is in procentpunten.',
  scenarioFollowersShareCaption: (month: string) => `Aandeel in de volgers, ${month}`,
  scenarioInteractionsShareCaption: (month: string) => `Aandeel in de interacties, ${month}`,
  scenarioPlatform: 'Platform',
  scenarioFollowers: 'Volgers',
  scenarioInteractions: 'Interacties',
  scenarioShareNow: 'Aandeel nu',
  scenarioShareThen: (months: number) => `${months} maanden eerder`,
  scenarioChangePp: (months: number) => `Verandering in ${months} maanden`,
  scenarioPp: (value: string) => `${value} procentpunt`,
  scenarioFollowersShareChart: 'Aandeel in de volgers per maand',
  scenarioInteractionsShareChart: 'Aandeel in de interacties per maand',
  scenarioTrendHeading: 'Trend met onzekerheidsband',
  scenarioTrendMethod: (months: number) =>
    `Methode: per platform een rechte lijn door de maandcijfers (kleinste kwadraten), over de hele maanden met een telling (hier tot ${months}). De band is het 95%-voorspellingsinterval: daarbinnen valt een maandcijfer naar verwachting, gegeven hoe ver de maanden tot nu toe rond de lijn schommelen. Hoe verder vooruit, hoe breder de band. Een rechte lijn neemt aan dat het tempo gelijk blijft; een overstapgolf of een vertrek verandert dat. Met minder dan 6 maanden wordt geen lijn getrokken. De band staat als stippellijnen in de grafiek en als kolommen in de tabel.`,
  scenarioTrendChart: (platform: string, metric: string) =>
    `${platform}: ${metric} per maand, met trend`,
  scenarioTrendActual: 'Gemeten',
  scenarioTrendFitted: 'Trendlijn',
  scenarioTrendLower: 'Ondergrens band (95%)',
  scenarioTrendUpper: 'Bovengrens band (95%)',
  scenarioTrendFit: (slope: string, se: string, n: number) =>
    `Trend: ${slope} per maand; een maand ligt doorgaans zo’n ${se} naast de lijn (standaardfout van de afwijkingen, ${n} maanden).`,
  scenarioTrendAhead: (n: number, month: string) =>
    `De ${n} maanden na ${month} zijn vooruitberekend: daar is nog niets gemeten, en de gemeten lijn telt ze als perioden zonder telling.`,
  scenarioTooLittle: (n: number) =>
    `Te weinig gegevens voor een trend: ${n} ${n === 1 ? 'maand' : 'maanden'} met een telling, er zijn er minstens 6 nodig.`,
  scenarioCrossingHeading: 'Wanneer halen Bluesky en Mastodon samen X in?',
  scenarioCrossing: (date: string, earliest: string, latest: string, n: number) =>
    `Als het tempo van de afgelopen ${n} maanden aanhoudt, hebben Bluesky en Mastodon samen rond ${date} meer volgers dan X; gezien de onzekerheid ergens tussen ${earliest} en ${latest}.`,
  scenarioGapNow: (gap: string, slope: string) =>
    `Nu: ${gap} volgers ten opzichte van X; het verschil verandert met ${slope} per maand.`,
  scenarioAlreadyAhead: (gap: string) =>
    `Bluesky en Mastodon hebben samen nu al meer volgers dan X (${gap}).`,
  scenarioNotWithinReach: (reason: Reason, horizon: number) =>
    reason === 'diverging'
      ? 'Niet binnen het bereik van de gegevens: de achterstand op X wordt niet kleiner.'
      : reason === 'beyondHorizon'
        ? `Niet binnen het bereik van de gegevens: in dit tempo duurt het langer dan ${horizon} maanden.`
        : `Niet binnen het bereik van de gegevens: de maanden schommelen te veel om binnen ${horizon} maanden een periode te noemen.`,
  scenarioCrossingTooLittle: (n: number) =>
    `Te weinig gegevens: ${n} ${n === 1 ? 'maand' : 'maanden'} waarin elk platform een telling heeft, er zijn er minstens 6 nodig.`,
  scenarioGapChart: 'Verschil in volgers: Bluesky + Mastodon min X, met trend',
  scenarioGapActual: 'Gemeten verschil',
  scenarioGapZero: 'Gelijk aan X (0)',
  scenarioGapAhead: (n: number, month: string) =>
    `De ${n} maanden na ${month} zijn vooruitberekend; boven 0 hebben Bluesky en Mastodon samen meer volgers dan X.`,
  scenarioNoCountNow: (month: string) =>
    `Niet te voorspellen: niet elk platform heeft een telling in ${month} (een account is weg of er ontbreekt een telling).`,
  scenarioNoX: 'Deze organisatie heeft geen X-account in crossreach.',
  scenarioNoAlternatives: 'Deze organisatie heeft geen Bluesky- of Mastodon-account in crossreach.',
  scenarioCrossingMethod:
    'Methode: dezelfde rechte lijn, maar door het verschil tussen de volgers op Bluesky en Mastodon samen en die op X. Het verwachte moment is waar die lijn nul wordt; de periode loopt van de eerste maand waarin de bovengrens van de band nul haalt tot de eerste maand waarin de ondergrens dat doet. Wie op twee platforms volgt, telt twee keer mee.',
  scenarioWhatIfHeading: 'Wat als: stoppen met dagelijks posten op X, of vertrekken',
  scenarioStopFrom: 'Stoppen vanaf',
  scenarioApply: 'Bereken',
  scenarioWhatIfMethod: (period: string, n: number) =>
    `Methode: dit is wat X opleverde in de ${n} hele maanden vóór de gekozen datum (${period}), geen voorspelling. Stopt het dagelijks posten, dan valt ongeveer dit aantal interacties weg, min wat af en toe een bericht nog oplevert; dat schatten we niet, want de gegevens laten het niet zien. Het aandeel is berekend over de maanden waarin elk platform een telling heeft.`,
  scenarioWhatIfCaption: 'Wat X opleverde in de vergelijkbare periode',
  scenarioForgoneTotal: 'Interacties op X, totaal',
  scenarioForgonePerMonth: 'Gemiddeld per maand',
  scenarioForgonePerPost: 'Per bericht op X',
  scenarioForgonePosts: 'Berichten op X',
  scenarioForgoneShare: (n: number) => `Deel van alle interacties (${n} maanden)`,
  scenarioXFollowersNow: 'Volgers op X nu',
  scenarioXFollowerChange: 'Verandering volgers op X in de periode',
  scenarioKeepHeading: '1. Dagelijks posten stoppen, account houden',
  scenarioKeep: (total: string, followers: string) =>
    `Weg valt: tot ${total} interacties over een even lange periode als hierboven. Blijft: het account met ${followers} volgers, bereikbaar voor bijvoorbeeld crisiscommunicatie.`,
  scenarioLeaveHeading: '2. Vertrekken van X',
  scenarioLeave: (total: string, followers: string, share: string) =>
    `Weg valt: ${total} interacties over een even lange periode en het bereik van ${followers} volgers op X (${share} van het gecombineerde publiek).`,
  scenarioWhatIfMonthsCaption: 'Interacties op X per maand in de vergelijkbare periode',
  scenarioMonth: 'Maand',
  scenarioNoPeriod: 'Er zijn geen hele maanden met gegevens vóór deze datum.',
  scenarioPeersHeading: 'Wat zagen organisaties die al vertrokken of pauzeerden?',
  scenarioPeersIntro:
    'Volgers en interacties op Bluesky en Mastodon van vergelijkbare organisaties, per maand rond hun vertrek of pauze op X (maand 0). De index zet de maand vóór het vertrek op 100. Maanden zonder gegevens blijven leeg.',
  scenarioPeersNone: 'Er zijn geen vergelijkbare organisaties met een vertrek of pauze op X.',
  scenarioPeerEvent: (organisation: string, kind: 'exit' | 'pause', date: string, until: string) =>
    kind === 'exit'
      ? `${organisation}: vertrek van X op ${date}`
      : `${organisation}: pauze op X vanaf ${date}${until ? ` tot ${until}` : ''}`,
  scenarioPeerFollowersChart: (organisation: string, kind: 'exit' | 'pause') =>
    `${organisation}: volgers rond ${kind === 'exit' ? 'het vertrek' : 'de pauze'} (index, maand −1 = 100)`,
  scenarioPeerInteractionsChart: (organisation: string, kind: 'exit' | 'pause') =>
    `${organisation}: interacties rond ${kind === 'exit' ? 'het vertrek' : 'de pauze'} (index, maand −1 = 100)`,
  scenarioPeerTableCaption: (organisation: string, kind: 'exit' | 'pause') =>
    `${organisation}: volgers en interacties per maand rond ${kind === 'exit' ? 'het vertrek' : 'de pauze'} (aantallen)`,
  scenarioPeerShowCounts: 'Toon de aantallen als tabel',
  scenarioOffset: (k: number) => `maand ${signed(k)}`,
  scenarioOffsetHeader: 'Maand t.o.v. vertrek of pauze',
  scenarioIndexRange: (first: number, last: number) =>
    `maand ${signed(first)} tot en met ${signed(last)}`,
}

export const en: typeof nl = {
  navScenario: 'Scenario',
  scenarioTitle: 'Less or no X: what would it mean?',
  scenarioIntro:
    'What part of the audience and of the interactions X still brings, how that is shifting, when Bluesky and Mastodon together overtake X, what stopping or leaving would cost, and what organisations that already left saw. All figures are whole calendar months.',
  scenarioOrganisation: 'Organisation',
  scenarioOwn: 'Own organisation',
  scenarioLoading: 'Working out the scenario…',
  scenarioLoadFailed: 'The scenario could not be worked out:',
  scenarioNoData:
    'There is no whole month of counts for this organisation yet. The scenario needs at least one whole month.',
  scenarioAsOf: (month: string, date: string) =>
    `“Now” is ${month}: the last whole month up to ${date}.`,
  scenarioSharesHeading: 'Share per platform',
  scenarioSharesIntro:
    "Each platform's share of the followers (at the end of the month) and of the interactions (on posts from that month), now and 3, 6 and 12 months earlier. Changes are in percentage points.",
  scenarioFollowersShareCaption: (month: string) => `Share of followers, ${month}`,
  scenarioInteractionsShareCaption: (month: string) => `Share of interactions, ${month}`,
  scenarioPlatform: 'Platform',
  scenarioFollowers: 'Followers',
  scenarioInteractions: 'Interactions',
  scenarioShareNow: 'Share now',
  scenarioShareThen: (months: number) => `${months} months earlier`,
  scenarioChangePp: (months: number) => `Change over ${months} months`,
  scenarioPp: (value: string) => `${value} percentage points`,
  scenarioFollowersShareChart: 'Share of followers per month',
  scenarioInteractionsShareChart: 'Share of interactions per month',
  scenarioTrendHeading: 'Trend with uncertainty band',
  scenarioTrendMethod: (months: number) =>
    `Method: for each platform a straight line through the monthly figures (least squares), over the whole months with a count (here up to ${months}). The band is the 95% prediction interval: a month's figure is expected to fall inside it, given how far the months so far scatter around the line. The further ahead, the wider the band. A straight line assumes the pace stays the same; a wave of people moving or an exit changes that. With fewer than 6 months no line is drawn. The band is shown as dotted lines in the chart and as columns in the table.`,
  scenarioTrendChart: (platform: string, metric: string) =>
    `${platform}: ${metric} per month, with trend`,
  scenarioTrendActual: 'Measured',
  scenarioTrendFitted: 'Trend line',
  scenarioTrendLower: 'Band lower bound (95%)',
  scenarioTrendUpper: 'Band upper bound (95%)',
  scenarioTrendFit: (slope: string, se: string, n: number) =>
    `Trend: ${slope} per month; a month typically lies about ${se} off the line (standard error of the deviations, ${n} months).`,
  scenarioTrendAhead: (n: number, month: string) =>
    `The ${n} months after ${month} are projected: nothing has been measured there yet, and the measured line counts them as periods without a count.`,
  scenarioTooLittle: (n: number) =>
    `Too little data for a trend: ${n} ${n === 1 ? 'month' : 'months'} with a count, at least 6 are needed.`,
  scenarioCrossingHeading: 'When will Bluesky and Mastodon together overtake X?',
  scenarioCrossing: (date: string, earliest: string, latest: string, n: number) =>
    `If the pace of the last ${n} months holds, Bluesky and Mastodon together will have more followers than X around ${date}; given the uncertainty, somewhere between ${earliest} and ${latest}.`,
  scenarioGapNow: (gap: string, slope: string) =>
    `Now: ${gap} followers compared with X; the difference changes by ${slope} a month.`,
  scenarioAlreadyAhead: (gap: string) =>
    `Bluesky and Mastodon together already have more followers than X (${gap}).`,
  scenarioNotWithinReach: (reason: Reason, horizon: number) =>
    reason === 'diverging'
      ? "Not within the data's reach: the gap to X is not closing."
      : reason === 'beyondHorizon'
        ? `Not within the data's reach: at this pace it takes longer than ${horizon} months.`
        : `Not within the data's reach: the months scatter too much to name a period within ${horizon} months.`,
  scenarioCrossingTooLittle: (n: number) =>
    `Too little data: ${n} ${n === 1 ? 'month' : 'months'} in which every platform has a count, at least 6 are needed.`,
  scenarioGapChart: 'Difference in followers: Bluesky + Mastodon minus X, with trend',
  scenarioGapActual: 'Measured difference',
  scenarioGapZero: 'Level with X (0)',
  scenarioGapAhead: (n: number, month: string) =>
    `The ${n} months after ${month} are projected; above 0, Bluesky and Mastodon together have more followers than X.`,
  scenarioNoCountNow: (month: string) =>
    `Cannot be forecast: not every platform has a count in ${month} (an account is gone or a count is missing).`,
  scenarioNoX: 'This organisation has no X account in crossreach.',
  scenarioNoAlternatives: 'This organisation has no Bluesky or Mastodon account in crossreach.',
  scenarioCrossingMethod:
    'Method: the same straight line, drawn through the difference between the followers on Bluesky and Mastodon together and those on X. The expected moment is where that line reaches zero; the period runs from the first month in which the band’s upper bound reaches zero to the first month in which its lower bound does. Someone who follows on two platforms counts twice.',
  scenarioWhatIfHeading: 'What if: stop posting daily on X, or leave',
  scenarioStopFrom: 'Stop from',
  scenarioApply: 'Calculate',
  scenarioWhatIfMethod: (period: string, n: number) =>
    `Method: this is what X brought in the ${n} whole months before the chosen date (${period}), not a forecast. Stopping daily posts would lose about this many interactions, minus what an occasional post still brings; we do not estimate that, because the data do not show it. The share is worked out over the months in which every platform has a count.`,
  scenarioWhatIfCaption: 'What X brought in the comparable period',
  scenarioForgoneTotal: 'Interactions on X, total',
  scenarioForgonePerMonth: 'Average per month',
  scenarioForgonePerPost: 'Per post on X',
  scenarioForgonePosts: 'Posts on X',
  scenarioForgoneShare: (n: number) => `Part of all interactions (${n} months)`,
  scenarioXFollowersNow: 'Followers on X now',
  scenarioXFollowerChange: 'Change in X followers over the period',
  scenarioKeepHeading: '1. Stop posting daily, keep the account',
  scenarioKeep: (total: string, followers: string) =>
    `Lost: up to ${total} interactions over a period as long as the one above. Kept: the account with ${followers} followers, reachable for crisis communication, for example.`,
  scenarioLeaveHeading: '2. Leave X',
  scenarioLeave: (total: string, followers: string, share: string) =>
    `Lost: ${total} interactions over a period as long as the one above, and the reach of ${followers} followers on X (${share} of the combined audience).`,
  scenarioWhatIfMonthsCaption: 'Interactions on X per month in the comparable period',
  scenarioMonth: 'Month',
  scenarioNoPeriod: 'There are no whole months with data before this date.',
  scenarioPeersHeading: 'What did organisations that already left or paused see?',
  scenarioPeersIntro:
    'Followers and interactions on Bluesky and Mastodon of comparable organisations, per month around their exit from or pause on X (month 0). The index sets the month before the exit to 100. Months without data stay empty.',
  scenarioPeersNone: 'There are no comparable organisations with an exit from or pause on X.',
  scenarioPeerEvent: (organisation: string, kind: 'exit' | 'pause', date: string, until: string) =>
    kind === 'exit'
      ? `${organisation}: left X on ${date}`
      : `${organisation}: paused on X from ${date}${until ? ` to ${until}` : ''}`,
  scenarioPeerFollowersChart: (organisation: string, kind: 'exit' | 'pause') =>
    `${organisation}: followers around the ${kind === 'exit' ? 'exit' : 'pause'} (index, month −1 = 100)`,
  scenarioPeerInteractionsChart: (organisation: string, kind: 'exit' | 'pause') =>
    `${organisation}: interactions around the ${kind === 'exit' ? 'exit' : 'pause'} (index, month −1 = 100)`,
  scenarioPeerTableCaption: (organisation: string, kind: 'exit' | 'pause') =>
    `${organisation}: followers and interactions per month around the ${kind === 'exit' ? 'exit' : 'pause'} (counts)`,
  scenarioPeerShowCounts: 'Show the counts as a table',
  scenarioOffset: (k: number) => `month ${signed(k)}`,
  scenarioOffsetHeader: 'Month relative to the exit or pause',
  scenarioIndexRange: (first: number, last: number) => `month ${signed(first)} to ${signed(last)}`,
}
