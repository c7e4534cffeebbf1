'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { getRunRequest, requestRun } from '../../lib/api/management.client';
import type { Lang } from '../../lib/i18n/lang';
import {
  afterPoll,
  afterRequest,
  isUnderWay,
  RUN_POLL_MS,
  runRequestBody,
  RunRequestState,
  RunSource,
} from '../../lib/view/run-request.view';

/**
 * Asks for a run (POST /etl/runs) and follows the request (GET /etl/requests/:id every two seconds) until it is
 * done or failed; then the server-rendered run list is fetched again.
 */
export function useRunRequest(apiKey: string, lang: Lang) {
  const router = useRouter();
  const [state, setState] = useState<RunRequestState>({ kind: 'idle' });

  useEffect(() => {
    if (state.kind !== 'following') return;
    if (!isUnderWay(state)) {
      router.refresh();
      return;
    }
    let cancelled = false;
    const timer = setTimeout(async () => {
      const outcome = await getRunRequest(state.request.id, apiKey, lang);
      if (!cancelled) setState(afterPoll(state.request, outcome));
    }, RUN_POLL_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [state, apiKey, lang, router]);

  async function start(source: RunSource, table: string): Promise<void> {
    setState({ kind: 'sending' });
    setState(afterRequest(await requestRun(runRequestBody(source, table), apiKey, lang)));
  }

  return { state, start };
}
