/** The template's `SharedImage` distribute entry (2025-10-01 shape: `targetRegions`, never `replicationRegions`). */
import { type GalleryTarget, definitionId } from './settings.js';

export const GALLERY_RUN_OUTPUT = 'aksJumpboxGallery';

export function sharedImageDistributor(
  gallery: GalleryTarget,
  regions: string[],
  artifactTags: Record<string, string>,
): Record<string, unknown> {
  const definition = definitionId(gallery);
  return {
    type: 'SharedImage',
    galleryImageId: gallery.version ? `${definition}/versions/${gallery.version}` : definition,
    runOutputName: GALLERY_RUN_OUTPUT,
    artifactTags,
    excludeFromLatest: gallery.excludeFromLatest,
    targetRegions: regions.map((name) => ({
      name,
      replicaCount: gallery.replicaCount,
      storageAccountType: gallery.storageAccountType,
    })),
    ...(gallery.version
      ? {}
      : {
          versioning: {
            scheme: 'Latest',
            ...(gallery.majorVersion !== undefined ? { major: gallery.majorVersion } : {}),
          },
        }),
  };
}
