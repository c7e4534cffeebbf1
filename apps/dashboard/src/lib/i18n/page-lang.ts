import { notFound } from 'next/navigation';
import { isLang, Lang } from './lang';

/** The language of a page from its [lang] segment; any other value is a 404. */
export async function pageLang(params: Promise<{ lang: string }>): Promise<Lang> {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  return lang;
}
