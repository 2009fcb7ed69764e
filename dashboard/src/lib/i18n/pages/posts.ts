/**
 * Strings of the Posts page (a sortable table of posts across platforms) in Dutch and English.
 */
export const nl = {
  navPosts: 'Berichten',
  postsTitle: 'Berichten',
  postsIntro:
    'Berichten van de gekozen accounts op alle platforms, met hun interacties op gelijke leeftijd. Klik op een kolomkop om te sorteren.',
  postsCaption: (range: string, sort: string, order: string) =>
    `Berichten geplaatst ${range}, gesorteerd op ${sort} (${order})`,
  postsAscending: 'oplopend',
  postsDescending: 'aflopend',
  postsSortHint: (label: string) => `Sorteer op ${label}`,
  postsShowing: (first: string, last: string, total: string) =>
    `Berichten ${first} tot en met ${last} van ${total}.`,
  postsNone:
    'Er zijn geen berichten in deze selectie. Kies een andere periode, platforms of organisatie.',
  postsLoading: 'Berichten laden…',
  postsLoadFailed: 'De berichten konden niet worden geladen:',
  postsColPlatform: 'Platform',
  postsColAccount: 'Account',
  postsColDate: 'Geplaatst',
  postsColText: 'Bericht',
  postsColLatest: 'Interacties (laatste telling)',
  postsColBreakdown: 'Uitsplitsing (laatste telling)',
  postsAgeOfCount: (days: string) => `telling op ${days} dagen`,
  postsNoCountAt7Days: 'nog geen telling rond 7 dagen',
  postsCountedAt: (date: string) => `geteld ${date}`,
  postsShowMore: 'Hele tekst tonen',
  postsShowLess: 'Minder tekst tonen',
  postsOriginal: (platform: string) => `Origineel op ${platform}`,
  postsKindReply: 'antwoord',
  postsKindQuote: 'citaat',
  postsPaging: 'Pagina’s',
  postsPrevious: 'Vorige pagina',
  postsNext: 'Volgende pagina',
  postsPageOf: (page: string, pages: string) => `Pagina ${page} van ${pages}`,
  postsCountLabels: {
    likes: 'Likes',
    reposts: 'Reposts',
    replies: 'Antwoorden',
    quotes: 'Citaten',
    bookmarks: 'Bladwijzers',
    impressions: 'Weergaven',
  },
  postsAt7DaysNote:
    'Per bericht: de telling die het dichtst bij een leeftijd van 7 dagen ligt (hooguit 36 uur ervoor of erna); de leeftijd van die telling staat eronder. Zo zijn berichten van verschillende dagen eerlijk te vergelijken. Jongere berichten, of berichten zonder telling rond 7 dagen, hebben nog geen waarde en staan bij het sorteren onderaan.',
  postsLatestNote:
    'De laatste telling is de meest recente telling tot het eind van de periode; een platform dat een cijfer niet publiceert, staat als ‘niet beschikbaar’ vermeld, nooit als 0.',
}

export const en: typeof nl = {
  navPosts: 'Posts',
  postsTitle: 'Posts',
  postsIntro:
    'Posts of the chosen accounts on every platform, with their interactions at equal age. Select a column heading to sort.',
  postsCaption: (range, sort, order) => `Posts published ${range}, sorted by ${sort} (${order})`,
  postsAscending: 'ascending',
  postsDescending: 'descending',
  postsSortHint: (label) => `Sort by ${label}`,
  postsShowing: (first, last, total) => `Posts ${first} to ${last} of ${total}.`,
  postsNone:
    'There are no posts in this selection. Choose another period, platforms or organisation.',
  postsLoading: 'Loading posts…',
  postsLoadFailed: 'The posts could not be loaded:',
  postsColPlatform: 'Platform',
  postsColAccount: 'Account',
  postsColDate: 'Published',
  postsColText: 'Post',
  postsColLatest: 'Interactions (latest count)',
  postsColBreakdown: 'Breakdown (latest count)',
  postsAgeOfCount: (days) => `count at ${days} days`,
  postsNoCountAt7Days: 'no count around 7 days yet',
  postsCountedAt: (date) => `counted ${date}`,
  postsShowMore: 'Show the whole text',
  postsShowLess: 'Show less text',
  postsOriginal: (platform) => `Original on ${platform}`,
  postsKindReply: 'reply',
  postsKindQuote: 'quote',
  postsPaging: 'Pages',
  postsPrevious: 'Previous page',
  postsNext: 'Next page',
  postsPageOf: (page, pages) => `Page ${page} of ${pages}`,
  postsCountLabels: {
    likes: 'Likes',
    reposts: 'Reposts',
    replies: 'Replies',
    quotes: 'Quotes',
    bookmarks: 'Bookmarks',
    impressions: 'Impressions',
  },
  postsAt7DaysNote:
    'For each post: the count taken closest to 7 days of age (at most 36 hours before or after); the age of that count is shown below it. This way posts from different days compare fairly. Younger posts, or posts without a count around 7 days, have no value yet and sort to the bottom.',
  postsLatestNote:
    'The latest count is the most recent count up to the end of the period; a figure a platform does not publish reads ‘not available’, never 0.',
}
