import type { Messages } from '../../messages';
import type en from '../en/studio';

export default {
  generate: {
    alreadySending: '该请求正在提交，可在任务进度中查看。修改任意设置后才会生成新任务。',
  },
  remix: {
    inputs: {
      reference: '参考图 {{n}}',
      image: '角色图片',
      motionVideo: '动作视频',
      photo: '照片',
      lipSyncVideo: '要对口型的视频',
      sourceClip: '要对口型的片段（已不在视频库中）',
    },
    local: '取自本机文件：{{inputs}}。',
    byAddress: '仅按地址恢复（本机没有未改动的文件）：{{inputs}}。',
  },
  strip: {
    paused: '已暂停',
    pausedWhy: '令牌被拒绝：请在设置中更换',
  },
  inputs: {
    title: '所用图片',
    roles: {
      startFrame: '首帧',
      endFrame: '尾帧',
      reference: '参考图',
      characterImage: '角色图片',
      photo: '照片',
    },
    notKept: '此图片未保存在这台电脑上。',
  },
} satisfies Messages<typeof en>;
