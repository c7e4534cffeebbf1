import { Inject, Injectable } from '@nestjs/common';
import type { ApiLanguage } from '@koers/api-contracts';
import type { KoersConfig } from '@koers/config';
import { KOERS_CONFIG } from '@koers/config/nest';
import { INDICATORS, PROGRESS_STATUS_LABELS, dayText, numberText } from '@koers/indicators';
import { Pool } from 'pg';
import { API_PREFIX } from '../api-prefix';
import { PG_POOL } from '@koers/db/nest';
import { MunicipalityService } from '../municipality/municipality.service';
import { EditionsStore } from '../reports/editions.store';
import type { AtomEntry, AtomFeed } from './atom.writer';
import { StatusHistoryService } from './status-history.service';

/** Runs that stored new or revised figures (loads from CBS, files and uploads), newest first. */
const RUNS_SQL = `
  SELECT r.id, r.source, r.table_id AS "tableId", r.rows_inserted AS inserted, r.finished_at AS "finishedAt",
         EXISTS (SELECT 1 FROM uploaded_file f WHERE f.run_id = r.id AND f.demo) AS demo
  FROM etl_run r WHERE r.status = 'succeeded' AND NOT r.dry_run AND r.rows_inserted > 0 AND r.finished_at IS NOT NULL
  ORDER BY r.finished_at DESC, r.id DESC LIMIT $1`;

/** Uploaded files taken back: their figures no longer count. */
const WITHDRAWALS_SQL = `
  SELECT id, kind, name, withdrawn_at AS "withdrawnAt", withdrawal_reason AS reason
  FROM uploaded_file WHERE withdrawn_at IS NOT NULL ORDER BY withdrawn_at DESC LIMIT $1`;

const PER_KIND = 30;
const MAX_ENTRIES = 50;

interface RunRow {
  readonly id: string;
  readonly source: string;
  readonly tableId: string | null;
  readonly inserted: number;
  readonly finishedAt: Date;
  /** An illustrative (voorbeelddata) file: its figures are never real. */
  readonly demo: boolean;
}

interface WithdrawalRow {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly withdrawnAt: Date;
  readonly reason: string | null;
}

const TEXT = {
  nl: {
    title: 'Koers: wijzigingen',
    subtitle: 'Nieuwe cijfers, veranderde statussen en vastgestelde raadsrapportages',
    figures: (table: string, n: number) => `Nieuwe cijfers: ${table} (${numberText(n, 0, 'nl')} ${n === 1 ? 'cijfer' : 'cijfers'})`,
    demo: (table: string, n: number) =>
      `Voorbeelddata geladen: ${table} (${numberText(n, 0, 'nl')} ${n === 1 ? 'cijfer' : 'cijfers'}, geen echte cijfers)`,
    figuresSummary: (source: string, n: number) =>
      `Een run van bron ${source} sloeg ${numberText(n, 0, 'nl')} ${n === 1 ? 'nieuw of herzien cijfer' : 'nieuwe of herziene cijfers'} op.`,
    withdrawn: (name: string) => `Bestand ingetrokken: ${name}`,
    withdrawnSummary: (kind: string, reason: string | null) =>
      `Het geüploade bestand (${kind}) telt niet meer mee${reason ? `: ${reason}` : ''}.`,
    status: (title: string, from: string, to: string) => `${title}: van "${from}" naar "${to}"`,
    statusSummary: (day: string) => `De status veranderde met de cijfers zoals gepubliceerd op ${dayText(day, 'nl')}.`,
    edition: (year: number, n: number) => `Raadsrapportage ${year}, editie ${n} vastgesteld`,
    editionSummary: (by: string, on: string, meeting: string) =>
      `Vastgesteld op ${dayText(on, 'nl')} door ${by}, raadsvergadering ${dayText(meeting, 'nl')}.`,
    categories: { figures: 'Nieuwe cijfers', withdrawn: 'Bestand ingetrokken', status: 'Status gewijzigd', edition: 'Editie vastgesteld' },
  },
  en: {
    title: 'Koers: changes',
    subtitle: 'New figures, changed statuses and adopted council reports',
    figures: (table: string, n: number) => `New figures: ${table} (${numberText(n, 0, 'en')} ${n === 1 ? 'figure' : 'figures'})`,
    demo: (table: string, n: number) =>
      `Illustrative data loaded: ${table} (${numberText(n, 0, 'en')} ${n === 1 ? 'figure' : 'figures'}, not real figures)`,
    figuresSummary: (source: string, n: number) =>
      `A run of source ${source} stored ${numberText(n, 0, 'en')} new or revised ${n === 1 ? 'figure' : 'figures'}.`,
    withdrawn: (name: string) => `File withdrawn: ${name}`,
    withdrawnSummary: (kind: string, reason: string | null) =>
      `The uploaded file (${kind}) no longer counts${reason ? `: ${reason}` : ''}.`,
    status: (title: string, from: string, to: string) => `${title}: from "${from}" to "${to}"`,
    statusSummary: (day: string) => `The status changed with the figures as published on ${dayText(day, 'en')}.`,
    edition: (year: number, n: number) => `Council report ${year}, edition ${n} adopted`,
    editionSummary: (by: string, on: string, meeting: string) =>
      `Adopted on ${dayText(on, 'en')} by ${by}, council meeting ${dayText(meeting, 'en')}.`,
    categories: { figures: 'New figures', withdrawn: 'File withdrawn', status: 'Status changed', edition: 'Edition adopted' },
  },
} as const;

/** A day as the instant Atom asks for (a date-time with its zone): the start of the day, UTC. */
const dayInstant = (day: string): string => `${day}T00:00:00Z`;

/** The Atom feed of what changed: new figures loaded, files withdrawn, statuses that changed, editions adopted. */
@Injectable()
export class ChangeFeedService {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(KOERS_CONFIG) private readonly config: KoersConfig,
    private readonly editions: EditionsStore,
    private readonly statuses: StatusHistoryService,
    private readonly municipality: MunicipalityService,
  ) {}

  async feed(lang: ApiLanguage): Promise<AtomFeed> {
    const { publicUrl } = this.config.publication;
    const { publisher, contact } = await this.municipality.publication();
    const api = `${publicUrl}/${API_PREFIX}`;
    const site = lang === 'en' ? `${publicUrl}/en` : publicUrl;
    const entries = [
      ...(await this.runEntries(api, lang)),
      ...(await this.withdrawalEntries(api, lang)),
      ...(await this.statusEntries(api, site, lang)),
      ...(await this.editionEntries(api, site, lang)),
    ]
      .sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id))
      .slice(0, MAX_ENTRIES);
    const self = `${api}/feeds/wijzigingen.atom${lang === 'en' ? '?lang=en' : ''}`;
    return {
      id: self,
      lang,
      title: TEXT[lang].title,
      subtitle: TEXT[lang].subtitle,
      updated: entries[0]?.updated ?? new Date(0).toISOString(),
      self,
      alternate: site,
      author: { name: publisher.name, uri: contact.url, email: contact.email },
      rights: 'CC BY 4.0',
      entries,
    };
  }

  private async runEntries(api: string, lang: ApiLanguage): Promise<AtomEntry[]> {
    const { rows } = await this.pool.query<RunRow>(RUNS_SQL, [PER_KIND]);
    return rows.map((run) => ({
      id: `${api}/etl/runs/${run.id}`,
      title: TEXT[lang][run.demo ? 'demo' : 'figures'](run.tableId ?? run.source, run.inserted),
      updated: run.finishedAt.toISOString(),
      summary: TEXT[lang].figuresSummary(run.source, run.inserted),
      link: `${api}/etl/runs/${run.id}`,
      category: { term: 'nieuwe-cijfers', label: TEXT[lang].categories.figures },
    }));
  }

  private async withdrawalEntries(api: string, lang: ApiLanguage): Promise<AtomEntry[]> {
    const { rows } = await this.pool.query<WithdrawalRow>(WITHDRAWALS_SQL, [PER_KIND]);
    return rows.map((file) => ({
      id: `${api}/uploads/files/${file.id}#withdrawn`,
      title: TEXT[lang].withdrawn(file.name),
      updated: file.withdrawnAt.toISOString(),
      summary: TEXT[lang].withdrawnSummary(file.kind, file.reason),
      link: `${api}/uploads/files/${file.id}`,
      category: { term: 'bestand-ingetrokken', label: TEXT[lang].categories.withdrawn },
    }));
  }

  private async statusEntries(api: string, site: string, lang: ApiLanguage): Promise<AtomEntry[]> {
    const titles = new Map(INDICATORS.map((indicator) => [indicator.id, indicator.title[lang]]));
    const label = (status: keyof typeof PROGRESS_STATUS_LABELS) => PROGRESS_STATUS_LABELS[status][lang];
    return (await this.statuses.recentChanges()).map((change) => ({
      id: `${api}/indicators/${change.indicator}#status-${change.day}`,
      title: TEXT[lang].status(titles.get(change.indicator) ?? change.indicator, label(change.from), label(change.to)),
      updated: dayInstant(change.day),
      summary: TEXT[lang].statusSummary(change.day),
      link: `${site}/indicatoren/${change.indicator}`,
      category: { term: 'status', label: TEXT[lang].categories.status },
    }));
  }

  private async editionEntries(api: string, site: string, lang: ApiLanguage): Promise<AtomEntry[]> {
    return (await this.editions.list()).map((edition) => ({
      id: `${api}/reports/${edition.year}/editions/${edition.number}`,
      title: TEXT[lang].edition(edition.year, edition.number),
      updated: dayInstant(edition.adoptedOn),
      summary: TEXT[lang].editionSummary(edition.adoptedBy, edition.adoptedOn, edition.councilMeeting),
      link: `${site}/rapport/${edition.year}/editie/${edition.number}`,
      category: { term: 'editie', label: TEXT[lang].categories.edition },
    }));
  }
}
