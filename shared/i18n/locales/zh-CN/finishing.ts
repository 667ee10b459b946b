import type { Messages } from '../../messages';
import type en from '../en/finishing';

export default {} satisfies Messages<typeof en>;
