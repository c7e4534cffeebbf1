import type { RunRequestView } from '@koers/api-contracts';
import type { SpecifiedUploadKind } from '@koers/indicators';
import type { UploadCountKey } from '../../lib/view/upload-summary.view';
import type { ApiFailure } from '../../lib/api/management.client';
import type { Lang } from '../../lib/i18n/lang';
import type { RunSource } from '../../lib/view/run-request.view';

// The fixed texts of the management panel (client components), in both languages. Kept apart from the
// dashboard's dictionary so the browser loads only these.

const nl = {
  signIn: {
    title: 'Aanmelden met een API-sleutel',
    key: 'API-sleutel',
    submit: 'Aanmelden',
    signOut: 'Afmelden',
    refused: 'Deze sleutel is geweigerd: hij is onbekend of ingetrokken.',
    signedIn: (role: string, prefix: string) => `Aangemeld als ${role} (${prefix}).`,
  },
  unreachable: 'De API is niet bereikbaar.',
  failed: (status: number, message: string | null) => `De API antwoordde met status ${status}${message ? `: ${message}` : '.'}`,
  upload: {
    title: 'Bestand uploaden',
    kind: 'Soort bestand',
    kinds: { vacancy: 'Leegstand', employment: 'Banen en vestigingen', jobseekers: 'Werkzoekenden' } satisfies Record<
      SpecifiedUploadKind,
      string
    >,
    drop: 'Sleep een CSV- of Excel-bestand hierheen, of kies een bestand',
    chosen: (name: string) => `Gekozen: ${name}`,
    submit: 'Uploaden',
    template: 'Sjabloon',
    busy: 'Bezig met uploaden…',
    loaded: 'Het bestand is geladen.',
    already: 'Dit bestand was al geladen; er is niets veranderd.',
    rejected: 'Het bestand is geweigerd. Dit moet anders:',
    row: 'Rij',
    column: 'Kolom',
    value: 'Waarde',
    problem: 'Probleem',
    notOffered: 'Uploaden kan (nog) niet: de API biedt dit adres niet aan.',
    forbidden: 'Deze sleutel mag niet uploaden: daarvoor is de rol editor of admin nodig.',
    dryRun: 'Proefrun: alleen controleren, niets opslaan',
    checkSubmit: 'Controleren',
    replaces: 'Nieuwe versie van',
    replacesNone: 'geen: een nieuw bestand',
    replaceReason: 'Waarom vervangen (optioneel)',
    checked: 'Proefrun: het bestand is in orde. Er is niets opgeslagen.',
    truncated: 'De controle stopte bij de eerste 1.000 problemen; er kunnen er meer zijn.',
    summary: 'Wat dit bestand bevat en verandert',
    counts: {
      rows: 'Rijen',
      observations: 'Cijfers',
      missing: 'Waarvan ontbrekend',
      inserted: 'Nieuw of gewijzigd',
      unchanged: 'Ongewijzigd',
    } satisfies Record<UploadCountKey, string>,
    periods: 'Perioden',
    indicators: 'Indicatoren die deze cijfers gebruiken',
    noIndicators: 'Geen indicator gebruikt deze cijfers.',
    notices: 'Opmerkingen',
    replaced: (id: string) => `Vervangt bestand #${id}; dat is ingetrokken.`,
    wouldReplace: (id: string) => `Zou bestand #${id} vervangen (dat wordt dan ingetrokken).`,
  },
  withdraw: {
    title: 'Een bestand intrekken',
    file: 'Bestand',
    reason: 'Reden (verplicht, 3 tot 500 tekens)',
    submit: 'Intrekken',
    busy: 'Bezig met intrekken…',
    none: 'Er is geen bestand dat nu meetelt.',
    help: 'Zijn cijfers tellen dan niet meer mee; van elk cijfer is de vorige versie weer actueel. Niets wordt gewist.',
    done: (name: string) => `${name} is ingetrokken. De cijfers van de vorige versie zijn weer actueel.`,
    forbidden: 'Deze sleutel mag niets intrekken: daarvoor is de rol editor of admin nodig.',
  },
  run: {
    title: 'Een run starten',
    source: 'Bron',
    table: 'CBS-tabel (optioneel)',
    sources: { cbs: 'CBS StatLine', inbox: 'Inbox (gemeentelijke bestanden)' } satisfies Record<RunSource, string>,
    tableHelp: 'Bijvoorbeeld 83625NED. Leeg: alle CBS-tabellen die de indicatoren nodig hebben.',
    submit: 'Run starten',
    sending: 'Het verzoek wordt verstuurd…',
    request: (id: string) => `Verzoek #${id}`,
    status: { queued: '⋯ in de wachtrij', running: '⟳ bezig', done: '✓ klaar', failed: '✕ mislukt' } satisfies Record<
      RunRequestView['status'],
      string
    >,
    runs: 'Runs van dit verzoek:',
    noRuns: 'Aan dit verzoek zijn geen runs gekoppeld; de lijst met ETL-runs hieronder is bijgewerkt.',
    forbidden: 'Deze sleutel mag geen run starten: daarvoor is de rol admin nodig.',
    adminOnly: (role: string) => `Een run starten kan alleen een beheerder (rol admin); u bent aangemeld als ${role}.`,
    retrying: 'De stand kon even niet worden opgehaald; Koers probeert het opnieuw.',
  },
};

export type ManagementTexts = typeof nl;

const en: ManagementTexts = {
  signIn: {
    title: 'Sign in with an API key',
    key: 'API key',
    submit: 'Sign in',
    signOut: 'Sign out',
    refused: 'This key was refused: it is unknown or revoked.',
    signedIn: (role, prefix) => `Signed in as ${role} (${prefix}).`,
  },
  unreachable: 'The API cannot be reached.',
  failed: (status, message) => `The API answered with status ${status}${message ? `: ${message}` : '.'}`,
  upload: {
    title: 'Upload a file',
    kind: 'Kind of file',
    kinds: { vacancy: 'Vacancy', employment: 'Jobs and establishments', jobseekers: 'Jobseekers' },
    drop: 'Drag a CSV or Excel file here, or choose a file',
    chosen: (name) => `Chosen: ${name}`,
    submit: 'Upload',
    template: 'Template',
    busy: 'Uploading…',
    loaded: 'The file was loaded.',
    already: 'This file was loaded before; nothing changed.',
    rejected: 'The file was refused. This needs to change:',
    row: 'Row',
    column: 'Column',
    value: 'Value',
    problem: 'Problem',
    notOffered: 'Uploading is not possible (yet): the API does not offer this address.',
    forbidden: 'This key may not upload: that needs the role editor or admin.',
    dryRun: 'Dry run: only check, store nothing',
    checkSubmit: 'Check',
    replaces: 'New version of',
    replacesNone: 'none: a new file',
    replaceReason: 'Why replace it (optional)',
    checked: 'Dry run: the file is in order. Nothing was stored.',
    truncated: 'The check stopped at the first 1,000 problems; there may be more.',
    summary: 'What this file holds and changes',
    counts: { rows: 'Rows', observations: 'Figures', missing: 'Of which missing', inserted: 'New or changed', unchanged: 'Unchanged' },
    periods: 'Periods',
    indicators: 'Indicators that use these figures',
    noIndicators: 'No indicator uses these figures.',
    notices: 'Notes',
    replaced: (id) => `Replaces file #${id}, which is withdrawn.`,
    wouldReplace: (id) => `Would replace file #${id} (which would then be withdrawn).`,
  },
  withdraw: {
    title: 'Withdraw a file',
    file: 'File',
    reason: 'Reason (required, 3 to 500 characters)',
    submit: 'Withdraw',
    busy: 'Withdrawing…',
    none: 'No file counts at the moment.',
    help: 'Its figures then stop counting; for each figure the previous version is current again. Nothing is deleted.',
    done: (name) => `${name} is withdrawn. The figures of the previous version are current again.`,
    forbidden: 'This key may not withdraw anything: that needs the role editor or admin.',
  },
  run: {
    title: 'Start a run',
    source: 'Source',
    table: 'CBS table (optional)',
    sources: { cbs: 'CBS StatLine', inbox: 'Inbox (municipal files)' },
    tableHelp: 'For example 83625NED. Empty: every CBS table the indicators need.',
    submit: 'Start run',
    sending: 'Sending the request…',
    request: (id) => `Request #${id}`,
    status: { queued: '⋯ queued', running: '⟳ running', done: '✓ done', failed: '✕ failed' },
    runs: 'Runs of this request:',
    noRuns: 'No runs are linked to this request; the list of ETL runs below has been refreshed.',
    forbidden: 'This key may not start a run: that needs the role admin.',
    adminOnly: (role) => `Only an administrator (role admin) can start a run; you are signed in as ${role}.`,
    retrying: 'The status could not be fetched just now; Koers tries again.',
  },
};

const TEXTS: Record<Lang, ManagementTexts> = { nl, en };

export function managementTexts(lang: Lang): ManagementTexts {
  return TEXTS[lang];
}

/** What to say when a call failed; `forbidden` is the text for a key without the role the call needs. */
export function failureText(failure: ApiFailure, t: ManagementTexts, forbidden: string): string {
  switch (failure.kind) {
    case 'unauthorized':
      return t.signIn.refused;
    case 'forbidden':
      return forbidden;
    case 'failed':
      return t.failed(failure.status, failure.message);
    case 'unreachable':
      return t.unreachable;
  }
}
