import type { Messages } from '../../messages';
import type en from '../en/errors';

export default {} satisfies Messages<typeof en>;
