/**
 * The size the Map screen's map will have, measured before the screen exists: a hidden copy of the screen's
 * layout classes is laid out in the page's <main> for one synchronous measurement, then removed (no paint
 * happens in between). So a map prepared off screen fits its place on screen without a resize.
 */
import type { MapSize } from '@/map/rollout-map';

export function measureMapCanvasSize(): MapSize | null {
  const main = document.querySelector('main');
  if (!main) return null;
  const probe = document.createElement('div');
  probe.setAttribute('aria-hidden', 'true');
  probe.style.cssText = 'visibility:hidden;height:0;overflow:hidden';
  probe.innerHTML = `<section class="screen map-screen"><div class="map-layout"><div class="map-pair"><figure class="map-frame"><div class="map-canvas"></div></figure></div><aside class="map-side"></aside></div></section>`;
  main.append(probe);
  const canvas = probe.querySelector<HTMLElement>('.map-canvas');
  const size = canvas ? { width: canvas.clientWidth, height: canvas.clientHeight } : null;
  probe.remove();
  return size && size.width > 0 && size.height > 0 ? size : null;
}
