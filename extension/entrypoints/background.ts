import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../background/start';

// The background's parts live in extension/background/, one concept per file.
export default defineBackground(startBackground);
