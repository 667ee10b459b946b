import type { Messages } from '../../messages';
import type en from '../en/settings';

export default {
  language: {
    legend: '语言',
    system: '跟随系统（{{language}}）',
    en: 'English（英语）',
    'zh-CN': '简体中文',
  },
} satisfies Messages<typeof en>;
