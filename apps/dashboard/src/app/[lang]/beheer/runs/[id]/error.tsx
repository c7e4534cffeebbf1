'use client';

import { RouteError } from '../../../../../components/route-error';

export default function ErrorPage(props: { error: Error; reset: () => void }) {
  return <RouteError {...props} />;
}
