import type { Messages } from '../../messages';
import type en from '../en/projects';

export default {} satisfies Messages<typeof en>;
