import { Inject, Injectable } from '@nestjs/common';
import type { ContactView, MunicipalityResponse, PublisherView, RegionRef } from '@koers/api-contracts';
import type { KoersConfig } from '@koers/config';
import { KOERS_CONFIG } from '@koers/config/nest';
import { RegionDirectoryService } from '../regions/region-directory.service';

/** Who publishes the open data and answers for it, every name filled in. */
export interface Publication {
  readonly publisher: PublisherView;
  readonly contact: ContactView;
}

/** "Gemeente Emmen": the municipality as an organisation, by its name in the region list (its code until loaded). */
export function municipalOrganisation(municipality: RegionRef): string {
  return `Gemeente ${municipality.name ?? municipality.code}`;
}

/**
 * The municipality Koers monitors as the configuration names it (codes) and the region list names it (names): the
 * one place the API and the dashboard learn what the municipality, its province and its peers are called.
 */
@Injectable()
export class MunicipalityService {
  constructor(
    @Inject(KOERS_CONFIG) private readonly config: KoersConfig,
    private readonly regions: RegionDirectoryService,
  ) {}

  async describe(): Promise<MunicipalityResponse> {
    const { municipality, province, peers } = this.config.regions;
    const ref = (code: string) => this.regions.ref(code);
    const [own, region, compared] = await Promise.all([ref(municipality), ref(province), Promise.all(peers.map(ref))]);
    return { municipality: own, province: region, peers: compared, ...this.publicationOf(own) };
  }

  /** The publisher and contact of the catalogue, the feed and the pages: as configured, names from the region list. */
  async publication(): Promise<Publication> {
    return this.publicationOf(await this.regions.ref(this.config.regions.municipality));
  }

  private publicationOf(municipality: RegionRef): Publication {
    const { publisher, contact } = this.config.publication;
    const organisation = municipalOrganisation(municipality);
    return {
      publisher: { name: publisher.name ?? organisation, uri: publisher.uri },
      contact: { name: contact.name ?? organisation, email: contact.email, url: contact.url },
    };
  }
}
