import { afterEach, describe, expect, it } from 'vitest';
import { switchLanguage } from '../../../shared/i18n';
import {
  TOOL_LABELS,
  toolLabel,
  toolVideoFileProblem,
  validateToolRequest,
} from '../../../shared/tools';

const FACTS = { container: 'mp4', fps: 30, width: 1000, height: 1000, sizeBytes: 1000 };

afterEach(() => switchLanguage('en'));

describe('the tools speak the current language', () => {
  it('names a motion video longer than the limit in Chinese, with the same seconds', async () => {
    const problem = () =>
      toolVideoFileProblem(
        { ...FACTS, durationSec: 12.5 },
        { tool: 'motion', orientation: 'image' },
      );
    expect(problem()).toBe(
      'This video lasts 12.5 s; Motion control takes 3–10 s when the character faces as in the image: trim it',
    );
    await switchLanguage('zh-CN');
    expect(problem()).toBe('此视频时长 12.5 秒，角色朝向与图片一致时动作控制支持 3–10 秒：请剪短');
  });

  it('lists a talking photo’s lengths as Chinese lists them', async () => {
    await switchLanguage('zh-CN');
    const issues = validateToolRequest({
      tool: 'talking-photo',
      imageUrl: 'https://cdn.example.com/a.png',
      text: '你好',
      duration: 7,
    });
    expect(issues).toEqual([
      { field: 'duration', message: '照片说话的时长为 5或10 秒：请选择其中之一' },
    ]);
  });

  it('reads each tool’s name when it is looked up, so a switch renames it', async () => {
    expect([TOOL_LABELS['lip-sync'], toolLabel('motion')]).toEqual(['Lip-sync', 'Motion control']);
    await switchLanguage('zh-CN');
    expect([TOOL_LABELS['lip-sync'], toolLabel('motion')]).toEqual(['对口型', '动作控制']);
    expect({ ...TOOL_LABELS }).toEqual({
      motion: '动作控制',
      'lip-sync': '对口型',
      'talking-photo': '照片说话',
    });
  });
});
