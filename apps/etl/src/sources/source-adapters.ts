import { InjectionToken } from '@nestjs/common';
import { SourceAdapter } from '@koers/loading';

/** The one list every source adapter is registered in; the scheduler and the CLI both read it. */
export const SOURCE_ADAPTERS: InjectionToken<SourceAdapter[]> = Symbol('SOURCE_ADAPTERS');
