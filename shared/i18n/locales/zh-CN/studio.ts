import type { Messages } from '../../messages';
import type en from '../en/studio';

export default {} satisfies Messages<typeof en>;
