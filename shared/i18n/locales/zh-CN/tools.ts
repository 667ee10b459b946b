import type { Messages } from '../../messages';
import type en from '../en/tools';

export default {} satisfies Messages<typeof en>;
