import type { HostEvent } from '../../core/host/host-events';

type Listener = (event: HostEvent) => void;

/** Passes host events to whoever listens: Electron's window, or browser mode's event streams. */
export class HostEventHub {
  private readonly listeners = new Set<Listener>();

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: HostEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
