/**
 * Saves the given map canvases as one PNG (title, caption, legend and attribution drawn in), through a
 * download link.
 */
import { canvasToPng, composeMapImage } from '@/map/export-map-png';

export async function downloadMapPng(
  canvases: HTMLCanvasElement[],
  title: string,
  caption: string,
  fileName: string,
) {
  const url = URL.createObjectURL(await canvasToPng(composeMapImage(canvases, title, caption)));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
