import { Injectable } from '@nestjs/common';
import type { RegionDetailResponse, RegionListResponse, RegionView } from '@koers/api-contracts';
import { type RegionRecord, RegionDirectoryService } from './region-directory.service';
import { RegionsException } from './regions.exception';

@Injectable()
export class RegionsService {
  constructor(private readonly directory: RegionDirectoryService) {}

  async list(level: string | undefined, parent: string | undefined): Promise<RegionListResponse> {
    const directory = await this.directory.all();
    // A parent that does not exist is named, as in /regions/{code}; a known one without regions below it gives [].
    if (parent !== undefined && !directory.has(parent)) throw RegionsException.notFound(parent);
    const data = [...directory.values()].filter(
      (r) => (level === undefined || r.level === level) && (parent === undefined || r.parentCode === parent),
    );
    return { data: data.map((r) => this.view(r)) };
  }

  async detail(code: string): Promise<RegionDetailResponse> {
    const all = await this.directory.all();
    const region = all.get(code);
    if (!region) throw RegionsException.notFound(code);
    const parent = region.parentCode ? all.get(region.parentCode) : undefined;
    const children = [...all.values()].filter((r) => r.parentCode === code);
    return {
      ...this.view(region),
      parent: region.parentCode ? { code: region.parentCode, name: parent?.name ?? null, level: parent?.level ?? null } : null,
      children: children.map((r) => ({ code: r.code, name: r.name, level: r.level })),
    };
  }

  private view(region: RegionRecord): RegionView {
    return { ...region, role: this.directory.roleOf(region.code) };
  }
}
