import * as z from '../schema/z';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What is kept of the window between runs, in `<data folder>/window-state.json`. */
export const WindowStateSchema = z.object({
  x: z.int(),
  y: z.int(),
  width: z.int().check(z.positive()),
  height: z.int().check(z.positive()),
  maximised: z._default(z.boolean(), false),
  /** Electron's zoom level: 0 is 100 %, each step about 20 %. */
  zoomLevel: z._default(z.number().check(z.gte(-8), z.lte(9)), 0),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

/** How the window opens: without `x`/`y` the OS centres it. */
export interface WindowPlacement {
  width: number;
  height: number;
  x?: number;
  y?: number;
  maximised: boolean;
  zoomLevel: number;
}

export const DEFAULT_WINDOW_SIZE = { width: 1200, height: 860 } as const;
export const MIN_WINDOW_SIZE = { width: 640, height: 480 } as const;
// The part of the window the user must be able to reach to move it: its title bar.
const GRIP = { width: 120, height: 32 };

function overlap(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

/**
 * Where to open the window from what was saved, checked against the
 * displays' work areas now (a monitor may have been unplugged or rearranged):
 * a window whose title bar would be off every display is centred instead, and
 * a window larger than its display shrinks to fit. Anything unreadable gives
 * the default size, centred.
 */
export function placeWindow(saved: unknown, workAreas: readonly Rect[]): WindowPlacement {
  const parsed = WindowStateSchema.safeParse(saved);
  const largest = [...workAreas].sort((a, b) => b.width * b.height - a.width * a.height)[0];
  const fit = (width: number, height: number, area: Rect | undefined): { width: number; height: number } => ({
    width: Math.max(MIN_WINDOW_SIZE.width, Math.min(width, area?.width ?? width)),
    height: Math.max(MIN_WINDOW_SIZE.height, Math.min(height, area?.height ?? height)),
  });
  if (!parsed.success) return { ...fit(DEFAULT_WINDOW_SIZE.width, DEFAULT_WINDOW_SIZE.height, largest), maximised: false, zoomLevel: 0 };

  const state = parsed.data;
  const titleBar: Rect = { x: state.x, y: state.y, width: state.width, height: Math.min(GRIP.height, state.height) };
  const home = workAreas.find((area) => {
    const shared = overlap(titleBar, area);
    return shared !== null && shared.width >= Math.min(GRIP.width, state.width) && shared.height >= Math.min(GRIP.height, state.height) / 2;
  });
  if (!home) return { ...fit(state.width, state.height, largest), maximised: state.maximised, zoomLevel: state.zoomLevel };

  const size = fit(state.width, state.height, home);
  // A window shrunk to fit, or whose title bar rose above the work area, is moved back inside it.
  const moveX = size.width < state.width;
  const moveY = size.height < state.height || state.y < home.y;
  return {
    ...size,
    x: moveX ? Math.min(Math.max(state.x, home.x), home.x + home.width - size.width) : state.x,
    y: moveY ? Math.min(Math.max(state.y, home.y), home.y + home.height - size.height) : state.y,
    maximised: state.maximised,
    zoomLevel: state.zoomLevel,
  };
}
