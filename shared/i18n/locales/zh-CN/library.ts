import type { Messages } from '../../messages';
import type en from '../en/library';

export default {} satisfies Messages<typeof en>;
