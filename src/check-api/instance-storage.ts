/**
 * SageMaker ML instance types with local NVMe instance storage. Their storage is encrypted by a hardware
 * module on the instance, and SageMaker rejects a KMS key for it: "You can't request a VolumeKmsKeyId when
 * using an instance type with local storage" (SageMaker API reference, ResourceConfig.VolumeKmsKeyId and
 * CreateEndpointConfig.KmsKeyId; list in "Instance store volumes", Amazon EC2 User Guide).
 */

/** Families with instance store that do not carry the "d" attribute in their name. */
const NVME_FAMILIES_WITHOUT_D = new Set([
  'dl1', 'g5', 'g6', 'g6e', 'gr6', 'p5', 'p5e', 'p5en', 'p6-b200', 'p6-b300', 'p6e-gb200', 'trn1', 'trn1n', 'trn2',
]);

/** Parses "ml.g4dn.xlarge" into its family ("g4dn"); undefined for anything else. */
export function instanceFamily(instanceType: string | undefined): string | undefined {
  const m = /^ml\.([a-z]+[0-9]+[a-z0-9-]*)\.[a-z0-9-]+$/.exec(instanceType ?? '');
  return m?.[1];
}

/** True when the instance type has local NVMe storage (and so cannot take a KMS key for its volume). */
export function hasInstanceStorage(instanceType: string | undefined): boolean {
  const family = instanceFamily(instanceType);
  if (!family) return false;
  if (NVME_FAMILIES_WITHOUT_D.has(family)) return true;
  // The "d" attribute after the generation digit marks instance store: m5d, c5d, r5d, g4dn, p3dn, p4d, p4de, m6id …
  const attrs = /^[a-z]+[0-9]+([a-z]*)/.exec(family)?.[1] ?? '';
  return attrs.includes('d');
}
