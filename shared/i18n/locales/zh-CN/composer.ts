import type { Messages } from '../../messages';
import type en from '../en/composer';

export default {} satisfies Messages<typeof en>;
