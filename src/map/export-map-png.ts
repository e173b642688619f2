/**
 * PNG export of the current view: the map canvas(es) side by side over the sea colour (the sea is the map
 * container's background, see map-style.ts), with a title, a caption given by the screen (the rollout plan's
 * label: an exported image must say which plan it shows), the legend and the attribution drawn underneath.
 * Needs `preserveDrawingBuffer`, which rollout-map.ts sets, so the WebGL canvas can be read after it was
 * presented.
 */
import { ATTRIBUTION, SEA_COLOUR, SHARE_COLOURS, STATUS_COLOURS } from './map-style';

const FOOTER = 74;
const CAPTION_LINE = 20;
const FONT = '13px "Noto Sans", "Noto Sans KR", sans-serif';

export function composeMapImage(
  canvases: readonly HTMLCanvasElement[],
  title: string,
  caption = '',
): HTMLCanvasElement {
  const width = canvases.reduce((sum, c) => sum + c.width, 0);
  const height = Math.max(...canvases.map((c) => c.height));
  const out = document.createElement('canvas');
  out.width = width;
  const captionHeight = caption ? CAPTION_LINE : 0;
  out.height = height + FOOTER + captionHeight;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('2D canvas is not available');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  let x = 0;
  for (const canvas of canvases) {
    ctx.fillStyle = SEA_COLOUR; // the sea is the container's background, not drawn in the canvas
    ctx.fillRect(x, 0, canvas.width, canvas.height);
    ctx.drawImage(canvas, x, 0);
    x += canvas.width;
  }
  ctx.font = FONT;
  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#222222';
  ctx.fillText(title, 10, height + 14);
  if (caption) ctx.fillText(caption, 10, height + 14 + CAPTION_LINE);
  let lx = 10;
  const row = height + 38 + captionHeight;
  const entry = (colour: string, text: string) => {
    ctx.fillStyle = colour;
    ctx.beginPath();
    ctx.arc(lx + 6, row, 6, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = '#222222';
    ctx.fillText(text, lx + 16, row);
    lx += 26 + ctx.measureText(text).width;
  };
  for (const [name, colour] of Object.entries(STATUS_COLOURS)) entry(colour, `Office ${name}`);
  entry('#5b4a8a', 'Data centre');
  const ramp = ctx.createLinearGradient(lx, 0, lx + 80, 0);
  for (const [at, colour] of SHARE_COLOURS) ramp.addColorStop(at, colour);
  ctx.fillStyle = ramp;
  ctx.fillRect(lx, row - 6, 80, 12);
  ctx.fillStyle = '#222222';
  ctx.fillText('Coverage area digitized 0 → 100 %', lx + 88, row);
  ctx.fillStyle = '#555555';
  ctx.fillText(ATTRIBUTION, 10, height + 60 + captionHeight);
  return out;
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))), 'image/png'),
  );
}
