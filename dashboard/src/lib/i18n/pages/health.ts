/**
 * Strings of the Data health page in Dutch and English, including what each kind of collection
 * failure means in plain words and what to do about it (kinds from collector/platforms/errors.ts
 * and the schedule: budget, config, overlap, interrupted).
 */

/** What happened and what to do, for one failure kind on one platform. */
export interface KindText {
  what: string
  todo: string
}

type Platform = 'x' | 'bluesky' | 'mastodon'

function nlKind(kind: string | null, platform: Platform, name: string): KindText {
  switch (kind) {
    case 'rate_limited':
      return {
        what: `${name} vroeg ons het rustiger aan te doen (te veel verzoeken).`,
        todo: 'Niets te doen: de volgende run probeert het opnieuw.',
      }
    case 'auth_required':
      return platform === 'x'
        ? {
            what: 'X weigerde het token.',
            todo: 'Controleer CROSSREACH_X_BEARER_TOKEN en start crossreach opnieuw.',
          }
        : platform === 'mastodon'
          ? {
              what: 'De Mastodon-server vraagt om een token, of weigerde het token.',
              todo: 'Zet een token voor deze server in CROSSREACH_MASTODON_TOKENS en start crossreach opnieuw.',
            }
          : {
              what: `${name} vroeg om aanmelding.`,
              todo: 'Controleer CROSSREACH_BLUESKY_APPVIEW: de openbare AppView vraagt geen aanmelding.',
            }
    case 'budget':
      return {
        what: 'Overgeslagen om binnen het maandbudget voor X te blijven.',
        todo: 'Wacht tot de nieuwe maand, of verhoog CROSSREACH_X_MONTHLY_BUDGET_USD.',
      }
    case 'config':
      return {
        what: `Niet verzameld vanwege de instellingen voor ${name}.`,
        todo:
          platform === 'x'
            ? 'Zet CROSSREACH_X_BEARER_TOKEN, of gebruik de CSV-import of handmatige invoer voor X.'
            : 'Lees de melding en pas de instelling aan.',
      }
    case 'not_found':
      return {
        what: `${name} kent dit account niet (meer).`,
        todo: 'Controleer de naam, of verwijder het account bij Instellingen als het is opgeheven.',
      }
    case 'suspended':
      return {
        what: `Het account is geschorst of afgeschermd op ${name}: er zijn geen openbare cijfers.`,
        todo: 'Blijft dit zo, verwijder het account dan bij Instellingen.',
      }
    case 'server_error':
      return {
        what: `${name} had een storing.`,
        todo: 'Meestal tijdelijk: de volgende run probeert het opnieuw.',
      }
    case 'timeout':
      return {
        what: `${name} antwoordde niet op tijd.`,
        todo: 'De volgende run probeert het opnieuw. Blijft dit zo, controleer dan de internetverbinding van de server.',
      }
    case 'network':
      return {
        what: `Er kon geen verbinding worden gemaakt met ${name}.`,
        todo: 'De volgende run probeert het opnieuw. Blijft dit zo, controleer dan de internetverbinding en de naam van de server.',
      }
    case 'invalid_response':
      return {
        what: `${name} gaf een antwoord dat crossreach niet begreep.`,
        todo: 'De volgende run probeert het opnieuw. Blijft dit zo, meld het dan aan de beheerder van crossreach.',
      }
    case 'bad_request':
      return {
        what: `${name} weigerde het verzoek.`,
        todo: 'Controleer de accountnaam. Blijft dit zo, meld het dan aan de beheerder van crossreach.',
      }
    case 'overlap':
      return {
        what: 'Overgeslagen: de vorige run van deze taak liep nog.',
        todo: 'Niets te doen, tenzij dit vaak gebeurt: spreid dan het schema of verlaag het aantal accounts per run.',
      }
    case 'interrupted':
      return {
        what: 'crossreach stopte tijdens deze run (bijvoorbeeld door een herstart); er is niets van bewaard.',
        todo: 'Niets te doen: de volgende run haalt de gegevens op.',
      }
    default:
      return {
        what: 'Een onverwachte fout.',
        todo: 'Lees de melding. Blijft dit zo, meld het dan aan de beheerder van crossreach.',
      }
  }
}

function enKind(kind: string | null, platform: Platform, name: string): KindText {
  switch (kind) {
    case 'rate_limited':
      return {
        what: `${name} asked us to slow down (too many requests).`,
        todo: 'Nothing to do: the next run retries.',
      }
    case 'auth_required':
      return platform === 'x'
        ? {
            what: 'X refused the token.',
            todo: 'Check CROSSREACH_X_BEARER_TOKEN and restart crossreach.',
          }
        : platform === 'mastodon'
          ? {
              what: 'The Mastodon server requires a token, or refused the one given.',
              todo: 'Set a token for this server in CROSSREACH_MASTODON_TOKENS and restart crossreach.',
            }
          : {
              what: `${name} asked us to sign in.`,
              todo: 'Check CROSSREACH_BLUESKY_APPVIEW: the public AppView needs no sign-in.',
            }
    case 'budget':
      return {
        what: 'Skipped to stay within the monthly X budget.',
        todo: 'Wait for the new month, or raise CROSSREACH_X_MONTHLY_BUDGET_USD.',
      }
    case 'config':
      return {
        what: `Not collected because of the ${name} settings.`,
        todo:
          platform === 'x'
            ? 'Set CROSSREACH_X_BEARER_TOKEN, or use the CSV import or manual entry for X.'
            : 'Read the message and change the setting.',
      }
    case 'not_found':
      return {
        what: `${name} does not know this account (any more).`,
        todo: 'Check the handle, or remove the account under Settings if it was closed.',
      }
    case 'suspended':
      return {
        what: `The account is suspended or protected on ${name}: there are no public figures.`,
        todo: 'If this lasts, remove the account under Settings.',
      }
    case 'server_error':
      return {
        what: `${name} had a server problem.`,
        todo: 'Usually temporary: the next run retries.',
      }
    case 'timeout':
      return {
        what: `${name} did not answer in time.`,
        todo: 'The next run retries. If this lasts, check the server’s internet connection.',
      }
    case 'network':
      return {
        what: `crossreach could not connect to ${name}.`,
        todo: 'The next run retries. If this lasts, check the internet connection and the server name.',
      }
    case 'invalid_response':
      return {
        what: `${name} sent an answer crossreach did not understand.`,
        todo: 'The next run retries. If this lasts, report it to whoever maintains crossreach.',
      }
    case 'bad_request':
      return {
        what: `${name} refused the request.`,
        todo: 'Check the handle. If this lasts, report it to whoever maintains crossreach.',
      }
    case 'overlap':
      return {
        what: 'Skipped: the previous run of this job was still going.',
        todo: 'Nothing to do, unless it happens often: then spread the schedule or track fewer accounts per run.',
      }
    case 'interrupted':
      return {
        what: 'crossreach stopped during this run (a restart, for example); nothing of it was kept.',
        todo: 'Nothing to do: the next run collects the data.',
      }
    default:
      return {
        what: 'An unexpected error.',
        todo: 'Read the message. If this lasts, report it to whoever maintains crossreach.',
      }
  }
}

export const nl = {
  navHealth: 'Staat van de gegevens',
  healthTitle: 'Staat van de gegevens',
  healthIntro:
    'Of het verzamelen goed loopt: de laatste runs per platform, wat er misging en wat je eraan kunt doen, accounts zonder recente gegevens, de kosten van de X API en gaten in de gegevens.',
  healthLoading: 'Status laden…',
  healthLoadFailed: 'De status kon niet worden geladen:',
  healthCheckedAt: (when: string) => `Bijgewerkt ${when}.`,
  healthStatusOk: 'Alles loopt: de laatste runs zijn gelukt en geen enkel account loopt achter.',
  healthStatusDegraded:
    'Niet alles loopt: een laatste run mislukte of een account heeft al meer dan een dag geen gegevens opgeleverd. Zie hieronder.',
  healthStatusError: (error: string) => `De database is niet bereikbaar: ${error}`,
  healthScheduleOff:
    'Het schema staat uit (CROSSREACH_SCHEDULE=off): crossreach verzamelt nu niet vanzelf.',
  healthRunning: (jobs: string) => `Nu bezig: ${jobs}.`,
  healthSpendTitle: 'Kosten X API deze maand',
  healthSpendLabel: 'Geschatte uitgaven aan de X API sinds het begin van de maand',
  healthSpendText: (spent: string, budget: string, pct: string) =>
    `${spent} van het maandbudget van ${budget} (${pct}).`,
  healthSpendNote:
    'Een run die het budget zou overschrijden, wordt overgeslagen en als zodanig vastgelegd. Het budget staat in CROSSREACH_X_MONTHLY_BUDGET_USD.',
  healthLastRunsTitle: 'Laatste runs',
  healthLastRunsCaption: 'Laatste run per platform en taak',
  healthLastRunsNone: 'Er zijn nog geen runs geweest.',
  healthColPlatform: 'Platform',
  healthColJob: 'Taak',
  healthColStatus: 'Laatste run',
  healthColFinished: 'Afgerond',
  healthColLastOk: 'Laatst gelukt',
  healthColWhat: 'Wat er gebeurde',
  healthColTodo: 'Wat te doen',
  healthColRuns: 'Runs',
  healthColAccounts: 'Accounts',
  healthColWhen: 'Wanneer',
  healthColAccount: 'Account',
  healthColMessage: 'Melding',
  healthJob: {
    profiles: 'volgertellingen',
    posts: 'berichten',
    import: 'import',
    manual: 'handmatig',
  },
  healthStatus: {
    ok: 'gelukt',
    error: 'mislukt',
    skipped: 'overgeslagen',
    interrupted: 'onderbroken',
    running: 'bezig',
  },
  healthNever: 'nooit',
  healthStillRunning: 'nog bezig',
  healthErrorsTitle: 'Fouten in de afgelopen 7 dagen',
  healthErrorsCaption: (since: string) =>
    `Mislukte, overgeslagen en onderbroken runs sinds ${since}, per platform, taak en soort`,
  healthErrorsNone: 'Geen fouten in de afgelopen 7 dagen.',
  healthErrorsPerPlatform: 'Per platform',
  healthErrorsCount: (platform: string, n: string) => `${platform}: ${n}`,
  healthFromTo: (from: string, to: string) => `${from} tot ${to}`,
  healthStaleTitle: 'Accounts zonder recente gegevens',
  healthStaleIntro: 'Accounts waarvan al meer dan een dag geen enkele run is gelukt.',
  healthStaleCaption: 'Accounts zonder geslaagde run in het afgelopen etmaal',
  healthStaleNone: 'Alle accounts hebben in het afgelopen etmaal gegevens opgeleverd.',
  healthGapsTitle: 'Gaten in de gegevens (30 dagen)',
  healthGapsIntro:
    'Perioden waarin runs mislukten: van die momenten ontbreken tellingen. In de grafieken is dat een gat, nooit een 0.',
  healthGapsNone: 'Geen gaten in de afgelopen 30 dagen.',
  healthGap: (platform: string, job: string, range: string, runs: string, accounts: string) =>
    `${platform}, ${job}: ${range}; ${runs} bij ${accounts}.`,
  healthFailedRuns: (n: number, text: string) =>
    n === 1 ? '1 mislukte run' : `${text} mislukte runs`,
  healthAccounts: (n: number) => (n === 1 ? '1 account' : `${n} accounts`),
  healthKind: nlKind,
}

export const en: typeof nl = {
  navHealth: 'Data health',
  healthTitle: 'Data health',
  healthIntro:
    'Whether collection is going well: the last runs per platform, what went wrong and what to do about it, accounts without recent data, X API spend and gaps in the data.',
  healthLoading: 'Loading status…',
  healthLoadFailed: 'The status could not be loaded:',
  healthCheckedAt: (when) => `Updated ${when}.`,
  healthStatusOk: 'All is well: the last runs succeeded and no account is behind.',
  healthStatusDegraded:
    'Not everything is well: a last run failed or an account has had no data for more than a day. See below.',
  healthStatusError: (error) => `The database cannot be reached: ${error}`,
  healthScheduleOff:
    'The schedule is off (CROSSREACH_SCHEDULE=off): crossreach does not collect by itself now.',
  healthRunning: (jobs) => `Running now: ${jobs}.`,
  healthSpendTitle: 'X API spend this month',
  healthSpendLabel: 'Estimated X API spend since the start of the month',
  healthSpendText: (spent, budget, pct) => `${spent} of the monthly budget of ${budget} (${pct}).`,
  healthSpendNote:
    'A run that would go over the budget is skipped and recorded as such. The budget is set in CROSSREACH_X_MONTHLY_BUDGET_USD.',
  healthLastRunsTitle: 'Last runs',
  healthLastRunsCaption: 'Last run per platform and job',
  healthLastRunsNone: 'No runs yet.',
  healthColPlatform: 'Platform',
  healthColJob: 'Job',
  healthColStatus: 'Last run',
  healthColFinished: 'Finished',
  healthColLastOk: 'Last success',
  healthColWhat: 'What happened',
  healthColTodo: 'What to do',
  healthColRuns: 'Runs',
  healthColAccounts: 'Accounts',
  healthColWhen: 'When',
  healthColAccount: 'Account',
  healthColMessage: 'Message',
  healthJob: { profiles: 'follower counts', posts: 'posts', import: 'import', manual: 'manual' },
  healthStatus: {
    ok: 'succeeded',
    error: 'failed',
    skipped: 'skipped',
    interrupted: 'interrupted',
    running: 'running',
  },
  healthNever: 'never',
  healthStillRunning: 'still running',
  healthErrorsTitle: 'Errors in the last 7 days',
  healthErrorsCaption: (since) =>
    `Failed, skipped and interrupted runs since ${since}, per platform, job and kind`,
  healthErrorsNone: 'No errors in the last 7 days.',
  healthErrorsPerPlatform: 'Per platform',
  healthErrorsCount: (platform, n) => `${platform}: ${n}`,
  healthFromTo: (from, to) => `${from} to ${to}`,
  healthStaleTitle: 'Accounts without recent data',
  healthStaleIntro: 'Accounts with no successful run for more than a day.',
  healthStaleCaption: 'Accounts without a successful run in the last 24 hours',
  healthStaleNone: 'Every account has delivered data in the last 24 hours.',
  healthGapsTitle: 'Gaps in the data (30 days)',
  healthGapsIntro:
    'Periods in which runs failed: counts from those moments are missing. Charts show this as a gap, never as 0.',
  healthGapsNone: 'No gaps in the last 30 days.',
  healthGap: (platform, job, range, runs, accounts) =>
    `${platform}, ${job}: ${range}; ${runs} for ${accounts}.`,
  healthFailedRuns: (n, text) => (n === 1 ? '1 failed run' : `${text} failed runs`),
  healthAccounts: (n) => (n === 1 ? '1 account' : `${n} accounts`),
  healthKind: enKind,
}
