import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { buildKlingApi } from '../../shared/bridge';
import { CHANNELS, EVENTS, FILE_CHANNELS } from '../../shared/contract';

// The page gets named functions only: no ipcRenderer, no generic send, no file paths.
const api = buildKlingApi(
  CHANNELS,
  EVENTS,
  (channel, request) => ipcRenderer.invoke(channel, request),
  (event, listener) => {
    const wrapped = (_event: Electron.IpcRendererEvent, payload: unknown): void =>
      listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => ipcRenderer.removeListener(event, wrapped);
  },
  FILE_CHANNELS,
  (file) => webUtils.getPathForFile(file),
);

contextBridge.exposeInMainWorld('kling', api);
