import { afterEach, describe, expect, it } from 'vitest';
import { checkBatchCells } from '../../../shared/batch/batch-row';
import { switchLanguage } from '../../../shared/i18n';
import { effectiveTable } from '../../../shared/pricing/overrides';
import { PRICE_TABLE } from '../../../shared/pricing/price-table';
import { ProxyUrlSchema } from '../../../shared/proxy-choice';
import { settingsFromBody } from '../../../shared/settings-from-body';
import { voiceSampleProblem } from '../../../shared/voice-sample';

afterEach(() => switchLanguage('en'));

describe('shared wording in Chinese', () => {
  it('refuses a batch row in Chinese, naming the same value', async () => {
    await switchLanguage('zh-CN');
    const refused = checkBatchCells({ prompt: '雪中的狐狸', mode: 'ultra' }, { model: 'kling-v3' });
    expect(refused.issues).toEqual(['模式“ultra”无法识别：请填写 std（标准）、pro（高品质）或4k']);
    const tooLong = checkBatchCells(
      { prompt: '雪中的狐狸', duration: '20' },
      { model: 'kling-o1' },
    );
    expect(tooLong.issues).toEqual(['kling-o1 生成的视频时长只能是 5 秒：请选择 5 秒']);
  });

  it('calls the price table an estimate in the current language', async () => {
    expect(PRICE_TABLE.source).toMatch(/^rough estimates: /);
    await switchLanguage('zh-CN');
    expect(PRICE_TABLE.source).toMatch(/^粗略估算：/);
    expect(effectiveTable({}).source).toBe(PRICE_TABLE.source);
  });

  it("keeps a priced copy's note following the language it is read in", async () => {
    const table = effectiveTable({ 'kling-v3': { pro: 20 } });
    expect(table.source).toMatch(/^rough estimates: /);
    await switchLanguage('zh-CN');
    expect(table.source).toMatch(/^粗略估算：/);
  });

  it('times a voice sample in Chinese with the same rounded seconds', async () => {
    await switchLanguage('zh-CN');
    expect(voiceSampleProblem({ container: 'mp3', durationSec: 3.456, sizeBytes: 10 })).toBe(
      '此录音时长 3.46 秒，音色样本须为 5–30 秒：请录制更长的一段',
    );
  });

  it('refuses an empty proxy address in the language of the moment', async () => {
    const problem = () => ProxyUrlSchema.safeParse('').error?.issues[0]?.message;
    expect(problem()).toBe('Type the proxy address, such as http://proxy.example:8080.');
    await switchLanguage('zh-CN');
    expect(problem()).toBe('请输入代理地址，例如 http://proxy.example:8080。');
  });

  it('names settings it cannot bring back by their composer names', async () => {
    const body = { start_image_url: 'https://cdn.example.com/a.png', cfg_scale: 'high' };
    expect(settingsFromBody(body).leftOut).toEqual(['start frame', 'cfg scale']);
    await switchLanguage('zh-CN');
    expect(settingsFromBody(body).leftOut).toEqual(['首帧', '创意相关性']);
  });
});
