/**
 * Strings of the Accounts pages (the list of own and peer accounts, and one account's page with
 * its history, events and posts), in Dutch and English.
 */
import type { PostFigures } from '@crossreach/shared/api'

type PostKind = PostFigures['kind']

export const nl = {
  navAccounts: 'Accounts',
  accountsTitle: 'Accounts',
  accountsIntro:
    'Eigen accounts en die van vergelijkbare organisaties, met hun cijfers in de gekozen periode. Kies een account voor de geschiedenis en de berichten.',
  accountsCaption: (range: string) => `Accounts en hun cijfers, ${range}`,
  accountsSortHint:
    'Sorteer met de knoppen in de kolomkoppen. De groei is het verschil met de laatste telling in de vorige periode.',
  accountsColAccount: 'Account',
  accountsColOrganisation: 'Organisatie',
  accountsColTrend: 'Verloop volgers',
  accountsSortAscending: 'oplopend gesorteerd',
  accountsSortDescending: 'aflopend gesorteerd',
  accountsRemoved: (date: string) => `verwijderd op ${date}`,
  accountsRemovedNote:
    'Een verwijderd account wordt niet meer bijgehouden; de cijfers van vóór het verwijderen blijven bewaard.',
  accountsNone: 'Er zijn geen accounts in deze selectie.',
  accountsSparklineNote: (grain: string) =>
    `Het verloop toont de laatste telling per ${grain}; een onderbreking is een periode zonder telling.`,

  accountNotFoundTitle: 'Account niet gevonden',
  accountNotFound: (id: string) =>
    `Er is geen account met nummer ${id}. Kies een account in de lijst met alle accounts.`,
  accountBackToList: 'Alle accounts',
  accountOf: (organisation: string, kind: string, platform: string) =>
    `${organisation} (${kind}) op ${platform}`,
  accountProfileLink: (platform: string) => `Profiel op ${platform}`,
  accountRemovedBanner: (date: string) =>
    `Dit account is op ${date} verwijderd: er worden geen nieuwe cijfers verzameld. De geschiedenis blijft zichtbaar.`,
  accountFiguresTitle: 'Cijfers in deze periode',
  accountFollowersTitle: (grain: string) => `Volgers per ${grain}`,
  accountInteractionsTitle: 'Interacties per week',
  accountEventsTitle: 'Gebeurtenissen',
  accountEventsNone: 'Er zijn geen gebeurtenissen vastgelegd voor dit account of de organisatie.',
  accountEventsFailed: 'De gebeurtenissen konden niet worden geladen:',
  accountEventScope: { account: 'dit account', organisation: 'hele organisatie' },
  accountEventsCaption: 'Gebeurtenissen van dit account en de organisatie',
  accountColDate: 'Datum',
  accountColKind: 'Soort',
  accountColEvent: 'Gebeurtenis',
  accountColScope: 'Geldt voor',
  accountPostsTitle: 'Berichten',
  accountPostsCaption: (range: string) => `Berichten, nieuwste eerst, ${range}`,
  accountPostsShown: (shown: number, total: number) =>
    `${shown} van ${total} ${total === 1 ? 'bericht' : 'berichten'} getoond.`,
  accountPostsMore: 'Meer berichten tonen',
  accountPostsNone: 'Geen berichten in deze periode.',
  accountPostsFailed: 'De berichten konden niet worden geladen:',
  accountColPosted: 'Geplaatst',
  accountColPost: 'Bericht',
  accountColLatest: 'Interacties (laatste telling)',
  accountOpenOriginal: (platform: string) => `Origineel op ${platform}`,
  accountNoLink: 'geen link',
  accountPostKind: {
    original: 'bericht',
    reply: 'antwoord',
    quote: 'citaat',
  } satisfies Record<PostKind, string>,
  accountWithMedia: 'met media',
}

export const en: typeof nl = {
  navAccounts: 'Accounts',
  accountsTitle: 'Accounts',
  accountsIntro:
    'Own accounts and those of peer organisations, with their figures over the chosen period. Choose an account for its history and posts.',
  accountsCaption: (range: string) => `Accounts and their figures, ${range}`,
  accountsSortHint:
    'Sort with the buttons in the column headings. The change is the difference from the last count in the previous period.',
  accountsColAccount: 'Account',
  accountsColOrganisation: 'Organisation',
  accountsColTrend: 'Follower trend',
  accountsSortAscending: 'sorted ascending',
  accountsSortDescending: 'sorted descending',
  accountsRemoved: (date: string) => `removed on ${date}`,
  accountsRemovedNote:
    'A removed account is no longer collected; the figures from before it was removed are kept.',
  accountsNone: 'There are no accounts in this selection.',
  accountsSparklineNote: (grain: string) =>
    `The trend shows the last count per ${grain}; a break is a period without a count.`,

  accountNotFoundTitle: 'Account not found',
  accountNotFound: (id: string) =>
    `There is no account with id ${id}. Choose an account from the list of all accounts.`,
  accountBackToList: 'All accounts',
  accountOf: (organisation: string, kind: string, platform: string) =>
    `${organisation} (${kind}) on ${platform}`,
  accountProfileLink: (platform: string) => `Profile on ${platform}`,
  accountRemovedBanner: (date: string) =>
    `This account was removed on ${date}: no new figures are collected. Its history stays visible.`,
  accountFiguresTitle: 'Figures for this period',
  accountFollowersTitle: (grain: string) => `Followers per ${grain}`,
  accountInteractionsTitle: 'Interactions per week',
  accountEventsTitle: 'Events',
  accountEventsNone: 'No events have been recorded for this account or its organisation.',
  accountEventsFailed: 'The events could not be loaded:',
  accountEventScope: { account: 'this account', organisation: 'whole organisation' },
  accountEventsCaption: 'Events of this account and its organisation',
  accountColDate: 'Date',
  accountColKind: 'Kind',
  accountColEvent: 'Event',
  accountColScope: 'Applies to',
  accountPostsTitle: 'Posts',
  accountPostsCaption: (range: string) => `Posts, newest first, ${range}`,
  accountPostsShown: (shown: number, total: number) =>
    `Showing ${shown} of ${total} ${total === 1 ? 'post' : 'posts'}.`,
  accountPostsMore: 'Show more posts',
  accountPostsNone: 'No posts in this period.',
  accountPostsFailed: 'The posts could not be loaded:',
  accountColPosted: 'Posted',
  accountColPost: 'Post',
  accountColLatest: 'Interactions (latest count)',
  accountOpenOriginal: (platform: string) => `Original on ${platform}`,
  accountNoLink: 'no link',
  accountPostKind: {
    original: 'post',
    reply: 'reply',
    quote: 'quote',
  },
  accountWithMedia: 'with media',
}
