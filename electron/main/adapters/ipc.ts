import { ipcMain, webContents, type IpcMainInvokeEvent } from 'electron';
import type { EventName, EventPayload } from '../../../shared/contract';
import type { Router } from '../ipc/router';
import type { SenderInfo } from '../ipc/sender-policy';

function senderOf(event: IpcMainInvokeEvent): SenderInfo {
  const frame = event.senderFrame;
  return {
    frameUrl: frame?.url ?? '',
    // Only the top frame of the window may speak for the app, never an embedded frame.
    isMainFrame: frame !== null && frame === event.sender.mainFrame,
  };
}

export function registerIpc(router: Router): void {
  for (const channel of router.channels) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      router.handle(channel, payload, senderOf(event)),
    );
  }
}

/** Sends an event to every window of the app. */
export function broadcast<E extends EventName>(event: E, payload: EventPayload<E>): void {
  for (const contents of webContents.getAllWebContents()) {
    if (!contents.isDestroyed() && contents.getType() === 'window') contents.send(event, payload);
  }
}
