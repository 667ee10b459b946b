import type { Messages } from '../../messages';
import type en from '../en/common';

export default {
  close: '关闭',
  cancel: '取消',
  save: '保存',
  traceId: '追踪 ID：{{id}}',
} satisfies Messages<typeof en>;
