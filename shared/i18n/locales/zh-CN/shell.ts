import type { Messages } from '../../messages';
import type en from '../en/shell';

export default {
  appName: 'Kling Studio',
  landmarks: {
    skipLinks: '快速跳转',
    make: '制作视频',
  },
  skipLinks: {
    composer: '跳到创作面板',
    library: '跳到视频库',
  },
  topBar: {
    settings: '设置',
    checking: '正在检查令牌…',
    noToken: '未设置令牌',
    token: '令牌 …{{last4}}',
    refused: '令牌 …{{last4}} 被拒绝',
  },
  tokenRefused: {
    message:
      'AceData 拒绝了你的 API 令牌。更换之前，任务不会提交，也不会查询进度：请打开设置，粘贴 AceData 控制台中的令牌。',
    replace: '更换令牌',
  },
  endpoints: {
    developerMode:
      '开发者模式（KLING_STUDIO_DEVELOPER=1）：此窗口连接的是 {{url}}，而不是 AceData。',
    ignored:
      '已忽略 {{names}}：安装版 Kling Studio 只使用 AceData 自己的地址，除非开启开发者模式。',
    unconfirmed: '在你确认 {{hosts}} 是可信地址之前，不会向它发送你的 AceData 令牌。',
    confirm: '将令牌发送到 {{hosts}}',
  },
} satisfies Messages<typeof en>;
