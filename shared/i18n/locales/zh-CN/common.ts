import type { Messages } from '../../messages';
import type en from '../en/common';

export default {
  close: '关闭',
  cancel: '取消',
  save: '保存',
  delete: '删除',
  rename: '重命名',
  create: '创建',
  retry: '重试',
  dismiss: '关闭',
  copy: '复制',
  move: '移动',
  loading: '加载中…',
  traceId: '追踪 ID：{{id}}',
  format: {
    unknown: '未知',
    bytes: '{{value}} B',
    kilobytes: '{{value}} KB',
    megabytes: '{{value}} MB',
    gigabytes: '{{value}} GB',
    elapsedSeconds: '{{seconds}}秒',
    elapsedMinutes: '{{minutes}}分{{seconds}}秒',
    elapsedHours: '{{hours}}小时{{minutes}}分',
  },
} satisfies Messages<typeof en>;
