import type { Messages } from '../../messages';
import type en from '../en/desktop';

export default {} satisfies Messages<typeof en>;
