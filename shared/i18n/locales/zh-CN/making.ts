import type { Messages } from '../../messages';
import type en from '../en/making';

export default {} satisfies Messages<typeof en>;
