import type { Messages } from '../../messages';
import type en from '../en/tools';

export default {
  name: {
    motion: '动作控制',
    'lip-sync': '对口型',
    'talking-photo': '照片说话',
  },
  hint: {
    motion: '动作控制：让图片中的角色跟着动作视频里的人物一起动。',
    'lip-sync': '对口型：让片段说出你的文本，口型与台词同步。',
    'talking-photo': '照片说话：让一张人像照片说出你的文本或录音（约需 4–6 分钟）。',
  },
  image: {
    required: '必填',
  },
  uploadedFrom: '已从 {{name}} 上传。',
  lipSync: {
    button: '对口型',
    clip: '对口型片段：{{prompt}}（{{duration}}）',
    useUrl: '改用链接',
    useUrlLabel: '改用视频链接，不用此片段',
    videoUrl: '视频链接',
    videoUrlPlaceholder: 'https://… 2–10 秒、有人脸的视频',
    fromLibrary: '要给视频库中的片段对口型，请打开该片段并点击它的“对口型”按钮。',
    text: '要说的文本',
    textPlaceholder: '视频中人物要说的话',
  },
  motion: {
    image: '角色图片',
    removeImage: '移除角色图片',
    videoUrl: '动作视频链接',
    videoUrlPlaceholder: 'https://… 要模仿其动作的视频',
    faces: '角色朝向',
    orientation: {
      image: '与图片一致',
      video: '与视频一致',
    },
    model: '模型',
    mode: '模式',
    modes: {
      std: '标准',
      pro: '高品质',
    },
    keepSound: '保留动作视频的原声',
    prompt: '提示词（选填）',
    promptPlaceholder: '场景或角色的细节',
  },
  talkingPhoto: {
    photo: '照片',
    removePhoto: '移除照片',
    speech: '说话内容',
    speechKind: {
      text: '文本',
      audio: '录音',
    },
    text: '要说的文本',
    textPlaceholder: '照片中人物要说的话',
    audioUrl: '音频链接',
    audioUrlPlaceholder: 'https://… 说话内容的录音',
    duration: '时长',
    seconds: '{{seconds}} 秒',
  },
} satisfies Messages<typeof en>;
