import { describe, expect, it } from 'vitest';
import {
  folderRefusal,
  type FolderPolicyContext,
} from '../../../../electron/main/services/library/folder-policy';

const linux: FolderPolicyContext = {
  home: '/home/ana',
  workspace: '/home/ana/Videos/Kling Studio',
  platform: 'linux',
};
const windows: FolderPolicyContext = {
  home: 'C:\\Users\\Ana',
  workspace: 'C:\\Users\\Ana\\Videos\\Kling Studio',
  platform: 'win32',
  systemRoot: 'C:\\Windows',
};

describe('folders that may not become projects', () => {
  it.each([
    ['/', 'root of a drive'],
    ['/home/ana', 'home folder'],
    ['/home/ana/Videos', 'holds the Kling Studio workspace'],
    ['/etc', 'system folder'],
    ['/usr/share/videos', 'system folder'],
    ['/mnt', 'system folder'],
    ['/Volumes', 'system folder'],
  ])('refuses %s on Linux/macOS, naming why (%s)', (dir, reason) => {
    expect(folderRefusal(dir, linux)).toContain(reason);
  });

  it.each([
    ['C:\\', 'root of a drive'],
    ['D:\\', 'root of a drive'],
    ['c:\\users\\ana', 'home folder'],
    ['C:\\Users\\Ana\\Videos', 'holds the Kling Studio workspace'],
    ['C:\\Windows\\System32', 'system folder'],
    ['C:\\Program Files\\Kling', 'system folder'],
    ['C:\\ProgramData', 'system folder'],
  ])('refuses %s on Windows, naming why (%s)', (dir, reason) => {
    expect(folderRefusal(dir, windows)).toContain(reason);
  });

  it.each([
    ['/home/ana/Footage', linux],
    ['/home/ana/Videos/Kling Studio Old', linux],
    ['/Volumes/Drive/Clips', linux],
    ['/tmp/clips', linux],
    ['/media/usb/clips', linux],
    ['D:\\Footage', windows],
    ['C:\\Users\\Ana\\Desktop\\Clips', windows],
  ] as const)('lets %s be opened', (dir, context) => {
    expect(folderRefusal(dir, context)).toBeNull();
  });
});
