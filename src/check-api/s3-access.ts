/** Reading S3 public access blocks (bucket and account level). */
import type { PublicAccessBlock } from '../inventory/infra.js';

export const PUBLIC_ACCESS_BLOCK_SETTINGS = ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets'] as const;

/**
 * Which of the four settings are not on. A missing block (none configured) leaves all four off; a setting absent from
 * a configuration is off too (PublicAccessBlockConfiguration: each element defaults to false).
 */
export function publicAccessBlockGaps(block: PublicAccessBlock): string[] {
  return PUBLIC_ACCESS_BLOCK_SETTINGS.filter((k) => block?.[k] !== true);
}

/** A short description of a block for messages: "all four settings on", "none configured", or the settings that are off. */
export function describePublicAccessBlock(block: PublicAccessBlock): string {
  if (block === null) return 'none configured';
  const gaps = publicAccessBlockGaps(block);
  return gaps.length === 0 ? 'all four settings on' : `${gaps.join(', ')} off`;
}
