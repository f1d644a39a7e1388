export const PICTURE_LOCALES: string[];
export function picturePlace(path: string): string | undefined;
