import type { Messages } from '../../messages';
import type en from '../en/rules';

export default {} satisfies Messages<typeof en>;
