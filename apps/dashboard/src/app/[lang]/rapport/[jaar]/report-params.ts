import { notFound } from 'next/navigation';

/** The year of a report address: four digits, else the 404 page (the API answers which years have a report). */
export async function reportYear(params: Promise<{ jaar: string }>): Promise<number> {
  const { jaar } = await params;
  if (!/^\d{4}$/.test(jaar)) notFound();
  return Number(jaar);
}

/** The number of an edition address: a positive whole number, else the 404 page. */
export async function editionNumber(params: Promise<{ n: string }>): Promise<number> {
  const { n } = await params;
  if (!/^[1-9]\d{0,5}$/.test(n)) notFound();
  return Number(n);
}
