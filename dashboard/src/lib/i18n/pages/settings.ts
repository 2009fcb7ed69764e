/**
 * Strings of the Settings page (accounts, admin token, X CSV import, manual counts, events,
 * collect now, peer groups), in Dutch and English.
 */
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many)

export const nl = {
  navSettings: 'Instellingen',
  settingsTitle: 'Instellingen',
  settingsIntro:
    'Accounts toevoegen en verwijderen, X Analytics-exports inlezen, volgers met de hand invoeren, gebeurtenissen vastleggen en nu verzamelen.',
  settingsLoadFailed: 'De gegevens voor deze pagina konden niet worden geladen:',
  settingsErrorSummary: 'Er ging iets mis',
  settingsErrorPrefix: 'Fout:',
  settingsServerSaid: 'De server meldt:',
  settingsBusy: 'Bezig…',
  settingsRequired: 'verplicht',
  settingsOptional: 'optioneel',
  settingsCancel: 'Annuleren',

  // Admin token
  settingsTokenTitle: 'Beheerderstoken',
  settingsTokenIntro:
    'Alleen nodig als de server ook vanaf andere computers bereikbaar is. Het token blijft alleen in dit tabblad bewaard en verdwijnt zodra het tabblad sluit.',
  settingsTokenLabel: 'Token',
  settingsTokenSave: 'Token gebruiken',
  settingsTokenForget: 'Token vergeten',
  settingsTokenSaved: 'Het token wordt gebruikt voor wijzigingen in dit tabblad.',
  settingsTokenForgotten: 'Het token is vergeten.',
  settingsTokenEmpty: 'Vul het token in.',
  settingsTokenStatusSet: 'Er is een token ingesteld voor dit tabblad.',
  settingsTokenStatusUnset: 'Er is geen token ingesteld.',
  settingsTokenNeeded: 'Een wijziging is geweigerd: de server vraagt het beheerderstoken.',
  settingsTokenWrong: 'Een wijziging is geweigerd: dit token klopt niet. Vul het juiste token in.',
  settingsUnauthorized:
    'Deze wijziging vraagt het beheerderstoken. Vul het in bij "Beheerderstoken" en probeer het opnieuw.',
  settingsUnauthorizedWrong:
    'Het beheerderstoken is niet geaccepteerd. Controleer het bij "Beheerderstoken" en probeer het opnieuw.',

  // Accounts
  settingsAccountsTitle: 'Accounts',
  settingsAddAccountTitle: 'Account toevoegen',
  settingsAddAccountIntro:
    'Het account wordt bij het platform opgezocht; een onbekende naam wordt meteen geweigerd.',
  settingsPlatform: 'Platform',
  settingsHandle: 'Accountnaam',
  settingsHandleHint: {
    x: 'Bijvoorbeeld @gemeente',
    bluesky: 'Bijvoorbeeld @gemeente.bsky.social',
    mastodon: 'Bijvoorbeeld @gemeente@social.overheid.nl',
  },
  settingsOrganisation: 'Organisatie',
  settingsOrganisationHint:
    'De naam van de organisatie van dit account. Leeg laten: de eigen organisatie (als er één is).',
  settingsKind: 'Soort organisatie',
  settingsKindOwn: 'Eigen organisatie',
  settingsKindPeer: 'Vergelijkingsorganisatie',
  settingsAddAccount: 'Account toevoegen',
  settingsHandleEmpty: 'Vul de accountnaam in.',
  settingsPeerNeedsOrganisation: 'Vul de naam van de vergelijkingsorganisatie in.',
  settingsHandleRefused: 'Het platform weigert dit account.',
  settingsAccountAdded: (handle: string, organisation: string) =>
    `${handle} is toegevoegd aan ${organisation}.`,
  settingsAccountRestored: (handle: string) =>
    `${handle} was eerder verwijderd en wordt weer verzameld; de eerdere cijfers zijn bewaard.`,
  settingsAccountNotChecked:
    'Niet gecontroleerd bij X: er is geen X API-token ingesteld. Cijfers komen uit X Analytics-exports en handmatige invoer.',
  settingsAccountsCaption: 'Accounts die worden verzameld',
  settingsNoAccounts: 'Er zijn nog geen accounts. Voeg er hierboven een toe.',
  settingsColAccount: 'Account',
  settingsColOrganisation: 'Organisatie',
  settingsColKind: 'Soort',
  settingsColFollowers: 'Laatste aantal volgers',
  settingsColActions: 'Acties',
  settingsKindShortOwn: 'eigen',
  settingsKindShortPeer: 'vergelijking',
  settingsFollowersAt: (count: string, date: string) => `${count} (${date})`,
  settingsRemove: 'Verwijderen',
  settingsRemoveLabel: (handle: string) => `${handle} verwijderen`,
  settingsRemoveConfirm: (handle: string) =>
    `${handle} verwijderen? Er wordt niets meer verzameld; de eerdere cijfers blijven bewaard.`,
  settingsRemoveYes: 'Ja, verwijderen',
  settingsRemoved: (handle: string) =>
    `${handle} is verwijderd. De eerdere cijfers blijven bewaard.`,

  // Collect now
  settingsCollectTitle: 'Nu verzamelen',
  settingsCollectIntro:
    'Haalt nu de profielen en berichten van alle accounts op, buiten het schema om. Op X kost dit geld per opgevraagd gegeven.',
  settingsCollectButton: 'Nu verzamelen',
  settingsCollecting: 'Bezig met verzamelen…',
  settingsCollectDone: (runs: number, ok: number, errors: number, skipped: number) =>
    `Verzamelen klaar: ${runs} ${plural(runs, 'taak', 'taken')}, ${ok} gelukt, ${errors} mislukt, ${skipped} overgeslagen.`,
  settingsCollectRows: (rows: string) => `Opgeslagen rijen: ${rows}.`,
  settingsCollectCost: (cost: string) => `Geschatte kosten op X: ${cost}.`,
  settingsCollectProblems: 'Wat niet lukte:',

  // X CSV import
  settingsCsvTitle: 'X Analytics-export inlezen',
  settingsCsvIntro:
    'Een CSV-bestand uit X Analytics (berichten of accountoverzicht) voor een X-account. Een bestand dat niet klopt wordt geweigerd en er wordt dan niets ingelezen.',
  settingsCsvAccount: 'X-account',
  settingsCsvNoXAccounts: 'Voeg eerst een X-account toe.',
  settingsCsvFile: 'CSV-bestand',
  settingsCsvSubmit: 'Inlezen',
  settingsChooseAccount: 'Kies een account.',
  settingsChooseFile: 'Kies een CSV-bestand.',
  settingsCsvRefused: 'Het bestand is geweigerd; er is niets ingelezen.',
  settingsCsvKind: {
    'legacy-tweets': 'berichtenexport (oud formaat)',
    content: 'berichtenexport',
    overview: 'accountoverzicht',
  },
  settingsCsvDone: (file: string, kind: string, rows: number) =>
    `${file} is ingelezen als ${kind}: ${rows} ${plural(rows, 'rij', 'rijen')}.`,
  settingsCsvPosts: (n: number) => `${n} ${plural(n, 'bericht', 'berichten')} opgeslagen`,
  settingsCsvDays: (n: number) => `${n} ${plural(n, 'dag', 'dagen')} opgeslagen`,
  settingsCsvFollowerDays: (n: number) =>
    `${n} ${plural(n, 'dag', 'dagen')} met een afgeleid aantal volgers`,

  // Manual follower count
  settingsManualTitle: 'Aantal volgers met de hand invoeren',
  settingsManualIntro:
    'Voor accounts zonder API of export. Een nieuw aantal voor dezelfde dag vervangt het vorige.',
  settingsAccount: 'Account',
  settingsDate: 'Datum',
  settingsFollowers: 'Aantal volgers',
  settingsFollowersHint: 'Een heel getal, bijvoorbeeld 12500.',
  settingsManualSubmit: 'Opslaan',
  settingsDateEmpty: 'Vul een datum in.',
  settingsFollowersInvalid: 'Vul het aantal volgers in als heel getal van 0 of meer.',
  settingsManualDone: (count: string, handle: string, date: string) =>
    `${count} volgers opgeslagen voor ${handle} op ${date}.`,

  // Events
  settingsEventsTitle: 'Gebeurtenissen',
  settingsEventsIntro:
    'Vertrek van of pauze op een platform, campagnes en notities. Ze worden op de tijdas van de grafieken getoond.',
  settingsAddEventTitle: 'Gebeurtenis toevoegen',
  settingsEventKind: 'Soort gebeurtenis',
  settingsEventKinds: {
    exit: 'Vertrek van een platform',
    pause: 'Pauze',
    resume: 'Hervat',
    campaign: 'Campagne',
    note: 'Notitie',
  },
  settingsEventLabel: 'Omschrijving',
  settingsEventLabelHint: 'Kort, bijvoorbeeld "Gestopt met dagelijks posten op X".',
  settingsEventAccount: 'Account (platform)',
  settingsEventAccountNone: 'Geen: de hele organisatie',
  settingsEventSubmit: 'Gebeurtenis toevoegen',
  settingsChooseOrganisation: 'Kies een organisatie.',
  settingsNoOrganisations: 'Voeg eerst een account toe; dan is er een organisatie.',
  settingsEventLabelEmpty: 'Vul een korte omschrijving in.',
  settingsEventAdded: (label: string) => `De gebeurtenis "${label}" is toegevoegd.`,
  settingsEventsCaption: 'Vastgelegde gebeurtenissen',
  settingsNoEvents: 'Er zijn nog geen gebeurtenissen.',
  settingsColDate: 'Datum',
  settingsColEvent: 'Gebeurtenis',
  settingsWholeOrganisation: 'hele organisatie',
  settingsDelete: 'Verwijderen',
  settingsDeleteLabel: (label: string) => `Gebeurtenis "${label}" verwijderen`,
  settingsDeleteConfirm: (label: string) => `Gebeurtenis "${label}" verwijderen?`,
  settingsDeleteYes: 'Ja, verwijderen',
  settingsEventDeleted: (label: string) => `De gebeurtenis "${label}" is verwijderd.`,

  // Peer groups
  settingsPeerGroupsTitle: 'Vergelijkingsgroepen',
  settingsPeerGroupsIntro:
    'Een vergelijkingsgroep is een vaste set organisaties, bijvoorbeeld buurgemeenten. Op de pagina Vergelijken wordt de groep gerangschikt op openbare cijfers.',
  settingsAddPeerGroupTitle: 'Vergelijkingsgroep maken',
  settingsEditPeerGroupTitle: (name: string) => `Vergelijkingsgroep "${name}" wijzigen`,
  settingsPeerGroupName: 'Naam van de groep',
  settingsPeerGroupNameHint: 'Bijvoorbeeld "Buurgemeenten".',
  settingsPeerGroupOrganisations: 'Organisaties in de groep',
  settingsPeerGroupOrganisationsHint:
    'Kies ten minste één organisatie. Een organisatie ontstaat door er een account voor toe te voegen.',
  settingsPeerGroupOrgLabel: (name: string, own: boolean) =>
    own ? `${name} (eigen organisatie)` : name,
  settingsPeerGroupNameEmpty: 'Vul een naam voor de groep in.',
  settingsPeerGroupChooseOrganisations: 'Kies ten minste één organisatie.',
  settingsPeerGroupCreate: 'Groep maken',
  settingsPeerGroupSave: 'Wijzigingen opslaan',
  settingsPeerGroupCreated: (name: string, n: number) =>
    `De vergelijkingsgroep "${name}" is gemaakt met ${n} ${plural(n, 'organisatie', 'organisaties')}.`,
  settingsPeerGroupSaved: (name: string, n: number) =>
    `De vergelijkingsgroep "${name}" is opgeslagen met ${n} ${plural(n, 'organisatie', 'organisaties')}.`,
  settingsPeerGroupsCaption: 'Bestaande vergelijkingsgroepen',
  settingsNoPeerGroups: 'Er zijn nog geen vergelijkingsgroepen. Maak er hierboven een.',
  settingsColPeerGroup: 'Groep',
  settingsColPeerGroupMembers: 'Organisaties',
  settingsPeerGroupEdit: 'Wijzigen',
  settingsPeerGroupEditLabel: (name: string) => `Vergelijkingsgroep "${name}" wijzigen`,
  settingsPeerGroupDeleteLabel: (name: string) => `Vergelijkingsgroep "${name}" verwijderen`,
  settingsPeerGroupDeleteConfirm: (name: string) =>
    `Vergelijkingsgroep "${name}" verwijderen? De organisaties en hun cijfers blijven bewaard.`,
  settingsPeerGroupDeleted: (name: string) => `De vergelijkingsgroep "${name}" is verwijderd.`,
}

export const en: typeof nl = {
  navSettings: 'Settings',
  settingsTitle: 'Settings',
  settingsIntro:
    'Add and remove accounts, import X Analytics exports, enter follower counts by hand, record events and collect now.',
  settingsLoadFailed: 'The data for this page could not be loaded:',
  settingsErrorSummary: 'There is a problem',
  settingsErrorPrefix: 'Error:',
  settingsServerSaid: 'The server says:',
  settingsBusy: 'Working…',
  settingsRequired: 'required',
  settingsOptional: 'optional',
  settingsCancel: 'Cancel',

  settingsTokenTitle: 'Admin token',
  settingsTokenIntro:
    'Only needed when the server can be reached from other computers. The token is kept in this tab only and is gone when you close it.',
  settingsTokenLabel: 'Token',
  settingsTokenSave: 'Use token',
  settingsTokenForget: 'Forget token',
  settingsTokenSaved: 'The token is used for changes made in this tab.',
  settingsTokenForgotten: 'The token has been forgotten.',
  settingsTokenEmpty: 'Enter the token.',
  settingsTokenStatusSet: 'A token is set for this tab.',
  settingsTokenStatusUnset: 'No token is set.',
  settingsTokenNeeded: 'A change was refused: the server asks for the admin token.',
  settingsTokenWrong: 'A change was refused: this token is not right. Enter the correct token.',
  settingsUnauthorized:
    'This change needs the admin token. Enter it under "Admin token" and try again.',
  settingsUnauthorizedWrong:
    'The admin token was not accepted. Check it under "Admin token" and try again.',

  settingsAccountsTitle: 'Accounts',
  settingsAddAccountTitle: 'Add an account',
  settingsAddAccountIntro:
    'The account is looked up on the platform; an unknown name is refused straight away.',
  settingsPlatform: 'Platform',
  settingsHandle: 'Handle',
  settingsHandleHint: {
    x: 'For example @council',
    bluesky: 'For example @council.bsky.social',
    mastodon: 'For example @council@social.example.org',
  },
  settingsOrganisation: 'Organisation',
  settingsOrganisationHint:
    "The name of the account's organisation. Leave empty for your own organisation (if there is one).",
  settingsKind: 'Kind of organisation',
  settingsKindOwn: 'Our own organisation',
  settingsKindPeer: 'Peer organisation',
  settingsAddAccount: 'Add account',
  settingsHandleEmpty: 'Enter the handle.',
  settingsPeerNeedsOrganisation: 'Enter the name of the peer organisation.',
  settingsHandleRefused: 'The platform refused this account.',
  settingsAccountAdded: (handle: string, organisation: string) =>
    `${handle} has been added to ${organisation}.`,
  settingsAccountRestored: (handle: string) =>
    `${handle} had been removed and is collected again; its earlier figures were kept.`,
  settingsAccountNotChecked:
    'Not checked on X: no X API token is configured. Figures come from X Analytics exports and manual entries.',
  settingsAccountsCaption: 'Accounts being collected',
  settingsNoAccounts: 'There are no accounts yet. Add one above.',
  settingsColAccount: 'Account',
  settingsColOrganisation: 'Organisation',
  settingsColKind: 'Kind',
  settingsColFollowers: 'Latest follower count',
  settingsColActions: 'Actions',
  settingsKindShortOwn: 'own',
  settingsKindShortPeer: 'peer',
  settingsFollowersAt: (count: string, date: string) => `${count} (${date})`,
  settingsRemove: 'Remove',
  settingsRemoveLabel: (handle: string) => `Remove ${handle}`,
  settingsRemoveConfirm: (handle: string) =>
    `Remove ${handle}? Nothing more will be collected; its earlier figures are kept.`,
  settingsRemoveYes: 'Yes, remove',
  settingsRemoved: (handle: string) => `${handle} has been removed. Its earlier figures are kept.`,

  settingsCollectTitle: 'Collect now',
  settingsCollectIntro:
    'Fetches the profiles and posts of all accounts now, outside the schedule. On X every read costs money.',
  settingsCollectButton: 'Collect now',
  settingsCollecting: 'Collecting…',
  settingsCollectDone: (runs: number, ok: number, errors: number, skipped: number) =>
    `Collection finished: ${runs} ${plural(runs, 'task', 'tasks')}, ${ok} succeeded, ${errors} failed, ${skipped} skipped.`,
  settingsCollectRows: (rows: string) => `Rows saved: ${rows}.`,
  settingsCollectCost: (cost: string) => `Estimated cost on X: ${cost}.`,
  settingsCollectProblems: 'What did not work:',

  settingsCsvTitle: 'Import an X Analytics export',
  settingsCsvIntro:
    'A CSV file from X Analytics (posts or account overview) for an X account. A file that does not fit is refused, and then nothing is imported.',
  settingsCsvAccount: 'X account',
  settingsCsvNoXAccounts: 'Add an X account first.',
  settingsCsvFile: 'CSV file',
  settingsCsvSubmit: 'Import',
  settingsChooseAccount: 'Choose an account.',
  settingsChooseFile: 'Choose a CSV file.',
  settingsCsvRefused: 'The file was refused.',
  settingsCsvKind: {
    'legacy-tweets': 'posts export (old format)',
    content: 'posts export',
    overview: 'account overview',
  },
  settingsCsvDone: (file: string, kind: string, rows: number) =>
    `${file} was imported as ${kind}: ${rows} ${plural(rows, 'row', 'rows')}.`,
  settingsCsvPosts: (n: number) => `${n} ${plural(n, 'post', 'posts')} saved`,
  settingsCsvDays: (n: number) => `${n} ${plural(n, 'day', 'days')} saved`,
  settingsCsvFollowerDays: (n: number) =>
    `${n} ${plural(n, 'day', 'days')} with a derived follower count`,

  settingsManualTitle: 'Enter a follower count by hand',
  settingsManualIntro:
    'For accounts without an API or export. A new count for the same day replaces the earlier one.',
  settingsAccount: 'Account',
  settingsDate: 'Date',
  settingsFollowers: 'Followers',
  settingsFollowersHint: 'A whole number, for example 12500.',
  settingsManualSubmit: 'Save',
  settingsDateEmpty: 'Enter a date.',
  settingsFollowersInvalid: 'Enter the number of followers as a whole number of 0 or more.',
  settingsManualDone: (count: string, handle: string, date: string) =>
    `${count} followers saved for ${handle} on ${date}.`,

  settingsEventsTitle: 'Events',
  settingsEventsIntro:
    'Leaving or pausing a platform, campaigns and notes. They are shown on the time axis of the charts.',
  settingsAddEventTitle: 'Add an event',
  settingsEventKind: 'Kind of event',
  settingsEventKinds: {
    exit: 'Left a platform',
    pause: 'Pause',
    resume: 'Resumed',
    campaign: 'Campaign',
    note: 'Note',
  },
  settingsEventLabel: 'Description',
  settingsEventLabelHint: 'Short, for example "Stopped daily posting on X".',
  settingsEventAccount: 'Account (platform)',
  settingsEventAccountNone: 'None: the whole organisation',
  settingsEventSubmit: 'Add event',
  settingsChooseOrganisation: 'Choose an organisation.',
  settingsNoOrganisations: 'Add an account first; that creates an organisation.',
  settingsEventLabelEmpty: 'Enter a short description.',
  settingsEventAdded: (label: string) => `The event "${label}" has been added.`,
  settingsEventsCaption: 'Recorded events',
  settingsNoEvents: 'There are no events yet.',
  settingsColDate: 'Date',
  settingsColEvent: 'Event',
  settingsWholeOrganisation: 'whole organisation',
  settingsDelete: 'Delete',
  settingsDeleteLabel: (label: string) => `Delete event "${label}"`,
  settingsDeleteConfirm: (label: string) => `Delete the event "${label}"?`,
  settingsDeleteYes: 'Yes, delete',
  settingsEventDeleted: (label: string) => `The event "${label}" has been deleted.`,

  settingsPeerGroupsTitle: 'Peer groups',
  settingsPeerGroupsIntro:
    'A peer group is a fixed set of organisations, for example neighbouring councils. The Peers page ranks the group on public figures.',
  settingsAddPeerGroupTitle: 'Create a peer group',
  settingsEditPeerGroupTitle: (name) => `Change peer group "${name}"`,
  settingsPeerGroupName: 'Name of the group',
  settingsPeerGroupNameHint: 'For example "Neighbouring councils".',
  settingsPeerGroupOrganisations: 'Organisations in the group',
  settingsPeerGroupOrganisationsHint:
    'Choose at least one organisation. An organisation exists once an account has been added for it.',
  settingsPeerGroupOrgLabel: (name, own) => (own ? `${name} (own organisation)` : name),
  settingsPeerGroupNameEmpty: 'Enter a name for the group.',
  settingsPeerGroupChooseOrganisations: 'Choose at least one organisation.',
  settingsPeerGroupCreate: 'Create group',
  settingsPeerGroupSave: 'Save changes',
  settingsPeerGroupCreated: (name, n) =>
    `The peer group "${name}" has been created with ${n} ${plural(n, 'organisation', 'organisations')}.`,
  settingsPeerGroupSaved: (name, n) =>
    `The peer group "${name}" has been saved with ${n} ${plural(n, 'organisation', 'organisations')}.`,
  settingsPeerGroupsCaption: 'Existing peer groups',
  settingsNoPeerGroups: 'There are no peer groups yet. Create one above.',
  settingsColPeerGroup: 'Group',
  settingsColPeerGroupMembers: 'Organisations',
  settingsPeerGroupEdit: 'Change',
  settingsPeerGroupEditLabel: (name) => `Change peer group "${name}"`,
  settingsPeerGroupDeleteLabel: (name) => `Delete peer group "${name}"`,
  settingsPeerGroupDeleteConfirm: (name) =>
    `Delete peer group "${name}"? The organisations and their figures are kept.`,
  settingsPeerGroupDeleted: (name) => `The peer group "${name}" has been deleted.`,
}
