import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE, placeWindow } from '../../../core/desktop/window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const monitorOnTheRight = { x: 1440, y: 0, width: 2560, height: 1415 };
const saved = { x: 100, y: 80, width: 1000, height: 700, maximised: false, zoomLevel: 0 };

describe('placeWindow', () => {
  it('puts the window back where it was when that is still on a display', () => {
    expect(placeWindow(saved, [laptop])).toEqual({ x: 100, y: 80, width: 1000, height: 700, maximised: false, zoomLevel: 0 });
  });

  it('keeps a window on a second monitor that is still connected', () => {
    expect(placeWindow({ ...saved, x: 2000, y: 200 }, [laptop, monitorOnTheRight])).toMatchObject({ x: 2000, y: 200 });
  });

  it('centres a window whose monitor was unplugged, at a size that fits what is left', () => {
    const placement = placeWindow({ ...saved, x: 2000, y: 200, width: 2000, height: 1200 }, [laptop]);

    expect(placement).toEqual({ width: 1440, height: 875, maximised: false, zoomLevel: 0 });
  });

  it('centres a window whose title bar is off every display (only a sliver showing)', () => {
    expect(placeWindow({ ...saved, x: 1400, y: 80 }, [laptop])).not.toHaveProperty('x');
    expect(placeWindow({ ...saved, x: 100, y: -690 }, [laptop])).not.toHaveProperty('y');
  });

  it('shrinks a window larger than its display and moves it back inside', () => {
    expect(placeWindow({ ...saved, x: 50, y: 40, width: 1800, height: 1000 }, [laptop])).toMatchObject({ x: 0, y: 0, width: 1440, height: 875 });
  });

  it('never opens smaller than the minimum size', () => {
    expect(placeWindow({ ...saved, width: 100, height: 50 }, [laptop])).toMatchObject({ width: MIN_WINDOW_SIZE.width, height: MIN_WINDOW_SIZE.height });
  });

  it('keeps the maximised state and the zoom level', () => {
    expect(placeWindow({ ...saved, maximised: true, zoomLevel: 1.5 }, [laptop])).toMatchObject({ maximised: true, zoomLevel: 1.5 });
  });

  it.each([[null], ['not json'], [{ x: 'left' }], [{ ...saved, width: -5 }], [{ ...saved, zoomLevel: 99 }]])(
    'opens at the default size, centred, from an unreadable state %j',
    (state) => {
      expect(placeWindow(state, [laptop, monitorOnTheRight])).toEqual({ ...DEFAULT_WINDOW_SIZE, maximised: false, zoomLevel: 0 });
    },
  );

  it('fits the default size to a small display', () => {
    expect(placeWindow(null, [{ x: 0, y: 0, width: 1024, height: 740 }])).toMatchObject({ width: 1024, height: 740 });
  });
});
