'use client';

import { useState } from 'react';

interface Props {
  /** The chart picture as SVG (same origin, so the page's img-src 'self' allows it and the canvas stays readable). */
  readonly svgUrl: string;
  readonly fileName: string;
  readonly texts: { readonly label: string; readonly busy: string; readonly failed: string };
}

/** Twice the SVG's size, so the PNG stays sharp on a slide or in print. */
const SCALE = 2;

/** Draws the SVG onto a canvas and saves it as PNG: no server-side rasteriser, nothing native to install. */
async function svgToPng(svgUrl: string): Promise<Blob> {
  const image = new Image();
  image.src = svgUrl;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth * SCALE;
  canvas.height = image.naturalHeight * SCALE;
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('no 2d canvas');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'));
}

/** "Afbeelding (PNG)": the chart picture made into a PNG in the browser, on click. */
export function ChartPngButton({ svgUrl, fileName, texts }: Props) {
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const save = async () => {
    setState('busy');
    try {
      const url = URL.createObjectURL(await svgToPng(svgUrl));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  return (
    <>
      <button
        type="button"
        onClick={save}
        disabled={state === 'busy'}
        data-testid="chart-png"
        className="inline-block rounded-tremor-small border border-tremor-brand px-3 py-1.5 text-tremor-default font-medium text-tremor-brand-emphasis hover:bg-teal-50 disabled:opacity-60"
      >
        ⬇ {texts.label}
      </button>
      <span role="status" className="text-tremor-label text-tremor-content-emphasis">
        {state === 'busy' ? texts.busy : state === 'failed' ? texts.failed : ''}
      </span>
    </>
  );
}
