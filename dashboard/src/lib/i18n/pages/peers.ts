/**
 * Strings of the Peers page (a ranking of the organisations in a peer group from public data)
 * in Dutch and English.
 */
export const nl = {
  navPeers: 'Vergelijken',
  peersTitle: 'Vergelijking met andere organisaties',
  peersIntro:
    'Hoe uw organisatie ervoor staat naast vergelijkbare organisaties, op basis van openbare cijfers: volgers per platform, het aandeel op Bluesky en Mastodon, de groei en de interacties per 1.000 volgers.',
  peersGroup: 'Vergelijkingsgroep',
  peersLoading: 'Vergelijking laden…',
  peersLoadFailed: 'De vergelijking kon niet worden geladen:',
  peersNoGroups: 'Er is nog geen vergelijkingsgroep.',
  peersNoGroupsLink: 'Maak een vergelijkingsgroep bij Instellingen',
  peersNoGroupsCli:
    'Het kan ook op de opdrachtregel: npm run crossreach -- peers create "Buurgemeenten" --org "Gemeente A" "Gemeente B" (of POST /api/peers/groups).',
  peersCaption: (group: string, range: string, previous: string) =>
    `${group}, ${range}; groei vergeleken met ${previous}. Klik op een kolomkop om te sorteren.`,
  peersColRank: 'Plaats',
  peersColOrganisation: 'Organisatie',
  peersColFollowers: (platform: string) => `Volgers ${platform}`,
  peersColTotal: 'Volgers totaal',
  peersColAlternatives: 'Aandeel Bluesky + Mastodon',
  peersColGrowth: 'Groei volgers',
  peersColPer1k: 'Interacties per 1.000 volgers',
  peersOwn: 'eigen organisatie',
  peersNoAccount: 'geen account',
  peersUnranked: 'geen plaats',
  peersSortHint: (label: string) => `Sorteer op ${label}`,
  peersOwnRank: (org: string, rank: string, n: string) =>
    `${org} staat op plaats ${rank} van ${n} in het totaal aantal volgers.`,
  peersOwnUnranked: (org: string) =>
    `${org} heeft in deze periode niet op elk platform een telling en krijgt geen plaats.`,
  peersDefinitionsHeading: 'Zo is gerekend',
  peersDefFollowers:
    'Volgers: de laatste telling in de periode per platform. Het totaal alleen als elk platform waarop de organisatie zit een telling heeft.',
  peersDefAlternatives:
    'Aandeel Bluesky + Mastodon: de volgers op Bluesky en Mastodon samen gedeeld door het totaal. Wie op twee platforms volgt, telt twee keer mee.',
  peersDefGrowth:
    'Groei: de verandering in volgers tegenover de laatste telling van de vorige, even lange periode, over de accounts met een telling in beide perioden.',
  peersDefPer1k:
    'Interacties per 1.000 volgers: de interacties op de berichten uit de periode (laatste telling), gedeeld door het aantal volgers, maal 1.000.',
  peersDefPublic: 'Alle cijfers komen uit openbare gegevens: aantallen, nooit wie er volgt.',
}

export const en: typeof nl = {
  navPeers: 'Peers',
  peersTitle: 'Benchmark against peers',
  peersIntro:
    'How your organisation compares with similar organisations, from public figures: followers per platform, the share on Bluesky and Mastodon, growth and interactions per 1,000 followers.',
  peersGroup: 'Peer group',
  peersLoading: 'Loading the benchmark…',
  peersLoadFailed: 'The benchmark could not be loaded:',
  peersNoGroups: 'There is no peer group yet.',
  peersNoGroupsLink: 'Create a peer group in Settings',
  peersNoGroupsCli:
    'It can also be done on the command line: npm run crossreach -- peers create "Neighbours" --org "Town A" "Town B" (or POST /api/peers/groups).',
  peersCaption: (group, range, previous) =>
    `${group}, ${range}; growth compared with ${previous}. Click a column heading to sort.`,
  peersColRank: 'Rank',
  peersColOrganisation: 'Organisation',
  peersColFollowers: (platform) => `${platform} followers`,
  peersColTotal: 'Total followers',
  peersColAlternatives: 'Share on Bluesky + Mastodon',
  peersColGrowth: 'Follower growth',
  peersColPer1k: 'Interactions per 1,000 followers',
  peersOwn: 'own organisation',
  peersNoAccount: 'no account',
  peersUnranked: 'unranked',
  peersSortHint: (label) => `Sort by ${label}`,
  peersOwnRank: (org, rank, n) => `${org} ranks ${rank} of ${n} by total followers.`,
  peersOwnUnranked: (org) =>
    `${org} does not have a count on every platform in this period and is not ranked.`,
  peersDefinitionsHeading: 'How it is calculated',
  peersDefFollowers:
    'Followers: the latest count in the period per platform. The total only when every platform the organisation is on has a count.',
  peersDefAlternatives:
    'Share on Bluesky + Mastodon: followers on Bluesky and Mastodon together divided by the total. Someone who follows on two platforms counts twice.',
  peersDefGrowth:
    'Growth: the change in followers against the last count of the previous period of the same length, over the accounts with a count in both periods.',
  peersDefPer1k:
    'Interactions per 1,000 followers: the interactions on the posts of the period (latest count), divided by the followers, times 1,000.',
  peersDefPublic: 'All figures come from public data: counts, never who follows.',
}
