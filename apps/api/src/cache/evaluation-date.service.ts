import { Inject, Injectable } from '@nestjs/common';
import type { KoersConfig } from '@koers/config';
import { KOERS_CONFIG } from '@koers/config/nest';
import { calendarDayIn } from '@koers/indicators';

/**
 * The date verdicts are judged on ("today" in the municipality's time zone): it decides whether a latest figure
 * is out of date. Part of every cache key, so a figure that goes out of date overnight is shown so the next day.
 */
@Injectable()
export class EvaluationDateService {
  constructor(@Inject(KOERS_CONFIG) private readonly config: KoersConfig) {}

  today(): string {
    return calendarDayIn(new Date(), this.config.etl.timeZone);
  }
}
