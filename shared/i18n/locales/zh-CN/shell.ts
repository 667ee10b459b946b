import type { Messages } from '../../messages';
import type en from '../en/shell';

export default {} satisfies Messages<typeof en>;
