import type { Messages } from '../../messages';
import type en from '../en/jobs';

export default {} satisfies Messages<typeof en>;
