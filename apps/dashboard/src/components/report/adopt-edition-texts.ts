import type { Lang } from '../../lib/i18n/lang';

// The texts of the adoption form (a client component), apart from the report's so the browser loads only these.

const nl = {
  title: 'Een raadsrapportage vaststellen',
  intro:
    'Vaststellen legt het concept van een jaar vast als editie: elke waarde, status en tekst zoals ze nu zijn. Daarna verandert die editie niet meer; een nieuwe vaststelling wordt een volgende editie.',
  year: 'Jaar',
  adoptedBy: 'Vastgesteld door',
  adoptedByDefault: (municipality: string) => `de gemeenteraad van ${municipality}`,
  councilMeeting: 'Datum raadsvergadering',
  adoptedOn: 'Vastgesteld op (leeg: vandaag)',
  peildatum: 'Peildatum van de cijfers (leeg: vandaag)',
  submit: 'Vaststellen',
  busy: 'Bezig met vaststellen…',
  adopted: (n: number, year: number) => `Editie ${n} van ${year} is vastgesteld.`,
  open: 'Open de editie',
  adminOnly: 'Alleen een sleutel met de rol admin kan een rapportage vaststellen.',
  unreachable: 'De API is niet bereikbaar.',
  refused: 'De sleutel is geweigerd.',
  failed: (status: number, message: string | null) => `De API antwoordde met status ${status}${message ? `: ${message}` : '.'}`,
};

export type AdoptEditionTexts = typeof nl;

const en: AdoptEditionTexts = {
  title: 'Adopt a council report',
  intro:
    "Adoption stores a year's draft as an edition: every value, status and text as they are now. That edition never changes afterwards; a new adoption becomes the next edition.",
  year: 'Year',
  adoptedBy: 'Adopted by',
  adoptedByDefault: (municipality) => `the municipal council of ${municipality}`,
  councilMeeting: 'Date of the council meeting',
  adoptedOn: 'Adopted on (empty: today)',
  peildatum: 'Reference date of the figures (empty: today)',
  submit: 'Adopt',
  busy: 'Adopting…',
  adopted: (n, year) => `Edition ${n} of ${year} has been adopted.`,
  open: 'Open the edition',
  adminOnly: 'Only a key with the role admin can adopt a report.',
  unreachable: 'The API cannot be reached.',
  refused: 'The key was refused.',
  failed: (status, message) => `The API answered with status ${status}${message ? `: ${message}` : '.'}`,
};

export function adoptEditionTexts(lang: Lang): AdoptEditionTexts {
  return lang === 'nl' ? nl : en;
}
