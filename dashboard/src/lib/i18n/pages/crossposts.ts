/**
 * Strings of the Cross-posts page (the same message on several platforms, compared at equal
 * post age) in Dutch and English.
 */
export const nl = {
  navCrossposts: 'Crossposts',
  crosspostsTitle: 'Hetzelfde bericht op meerdere platforms',
  crosspostsIntro:
    'Berichten die een organisatie op twee of drie platforms tegelijk plaatste, en hoeveel interacties elk platform er na 7 dagen mee haalde.',
  crosspostsOrganisation: 'Organisatie',
  crosspostsPlatformsHint: 'Minstens twee.',
  crosspostsLoading: 'Crossposts zoeken…',
  crosspostsLoadFailed: 'De crossposts konden niet worden geladen:',
  crosspostsSummaryHeading: 'Samenvatting',
  crosspostsFound: (groups: string, posts: string, org: string, range: string) =>
    `${groups} berichten van ${org} stonden op meer dan één platform (van ${posts} berichten ${range}).`,
  crosspostsPairSentence: (count: string, a: string, na: string, b: string, nb: string) =>
    `Het mediane bericht dat op ${a} én ${b} stond, kreeg na 7 dagen ${na} interacties op ${a} en ${nb} op ${b} (${count} berichten met een telling op beide).`,
  crosspostsPairNone: (a: string, b: string) =>
    `Geen berichten op zowel ${a} als ${b} met een telling na 7 dagen op beide.`,
  crosspostsPlatformTableCaption: 'Per platform, over de crossposts waarin het voorkomt',
  crosspostsColPlatform: 'Platform',
  crosspostsColGroups: 'Crossposts met een bericht hier',
  crosspostsColMeasured: 'Met een telling na 7 dagen',
  crosspostsColMedian: 'Mediaan interacties na 7 dagen',
  crosspostsMethodHeading: 'Hoe crossposts worden gevonden',
  crosspostsMethod: (hours: string, containment: string, jaccard: string) =>
    `Twee berichten van dezelfde organisatie op verschillende platforms gelden als hetzelfde bericht als ze hooguit ${hours} uur na elkaar zijn geplaatst en hun tekst overeenkomt. Links, vermeldingen (@naam), hashtags aan het eind, emoji, leestekens en hoofdletters tellen daarbij niet mee. De kortste tekst moet voor minstens ${containment} uit woorden van de andere bestaan, en de twee samen moeten minstens ${jaccard} van hun woorden delen; zo telt een ingekorte versie voor X mee. Een tekst met ‘vandaag’ of ‘morgen’ telt niet mee als hetzelfde bericht op een andere dag. Antwoorden aan anderen tellen nooit mee, en van een draadje alleen het eerste bericht, tenzij een later bericht beter overeenkomt. Per platform hoort hooguit één bericht bij een crosspost.`,
  crosspostsAgeMethod: (days: string, hours: string) =>
    `Interacties na ${days} dagen: de telling die het dichtst bij ${days} dagen na plaatsing ligt, hooguit ${hours} uur ervoor of erna. Een bericht zonder zo’n telling telt niet mee in de mediaan.`,
  crosspostsTableCaption: (n: string) => `Gevonden crossposts (${n}), nieuwste eerst`,
  crosspostsColDate: 'Geplaatst',
  crosspostsColText: 'Bericht',
  crosspostsColSimilarity: 'Overeenkomst tekst',
  crosspostsNotPosted: 'niet geplaatst',
  crosspostsOpen: (platform: string) => `Bekijk op ${platform}`,
  crosspostsNone:
    'Geen crossposts gevonden in deze periode. Kies een langere periode of een andere organisatie.',
  crosspostsInteractionsAt7: (n: number, formatted: string) =>
    n === 1 ? '1 interactie' : `${formatted} interacties`,
}

export const en: typeof nl = {
  navCrossposts: 'Cross-posts',
  crosspostsTitle: 'The same message on several platforms',
  crosspostsIntro:
    'Messages an organisation posted on two or three platforms at once, and how many interactions each platform gave them after 7 days.',
  crosspostsOrganisation: 'Organisation',
  crosspostsPlatformsHint: 'At least two.',
  crosspostsLoading: 'Finding cross-posts…',
  crosspostsLoadFailed: 'The cross-posts could not be loaded:',
  crosspostsSummaryHeading: 'Summary',
  crosspostsFound: (groups, posts, org, range) =>
    `${groups} messages of ${org} were posted on more than one platform (out of ${posts} posts ${range}).`,
  crosspostsPairSentence: (count, a, na, b, nb) =>
    `The median message posted on both ${a} and ${b} got ${na} interactions on ${a} and ${nb} on ${b} after 7 days (${count} messages with a count on both).`,
  crosspostsPairNone: (a, b) =>
    `No messages on both ${a} and ${b} with a count after 7 days on both.`,
  crosspostsPlatformTableCaption: 'Per platform, over the cross-posts it is part of',
  crosspostsColPlatform: 'Platform',
  crosspostsColGroups: 'Cross-posts with a post here',
  crosspostsColMeasured: 'With a count at 7 days',
  crosspostsColMedian: 'Median interactions at 7 days',
  crosspostsMethodHeading: 'How cross-posts are found',
  crosspostsMethod: (hours, containment, jaccard) =>
    `Two posts of the same organisation on different platforms count as the same message when they were posted at most ${hours} hours apart and their text matches. Links, mentions (@name), hashtags at the end, emoji, punctuation and capitals are ignored. At least ${containment} of the shorter text's words must appear in the other, and the two must share at least ${jaccard} of all their words, so a version shortened for X still counts. A text saying ‘today’ or ‘tomorrow’ does not match a post on another day. Replies to others never count, and of a thread only the first post, unless a later post matches better. Each cross-post holds at most one post per platform.`,
  crosspostsAgeMethod: (days, hours) =>
    `Interactions at ${days} days: the count taken closest to ${days} days after posting, at most ${hours} hours before or after. A post without such a count is left out of the median.`,
  crosspostsTableCaption: (n) => `Cross-posts found (${n}), newest first`,
  crosspostsColDate: 'Posted',
  crosspostsColText: 'Message',
  crosspostsColSimilarity: 'Text match',
  crosspostsNotPosted: 'not posted',
  crosspostsOpen: (platform) => `View on ${platform}`,
  crosspostsNone:
    'No cross-posts found in this period. Choose a longer period or another organisation.',
  crosspostsInteractionsAt7: (n, formatted) =>
    n === 1 ? '1 interaction' : `${formatted} interactions`,
}
