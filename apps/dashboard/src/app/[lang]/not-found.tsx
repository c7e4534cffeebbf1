import type { Metadata } from 'next';
import { NOT_FOUND_TITLE, NotFoundMessage } from '../../components/not-found-message';

export const metadata: Metadata = { title: NOT_FOUND_TITLE };

export default function NotFound() {
  return <NotFoundMessage />;
}
