/** Identifier rules for browser code; the contract owns them. */
export { isAccountId, isResourceId } from '@/lib/cloudflare/contract';
