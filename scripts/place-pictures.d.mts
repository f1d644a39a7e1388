export function picturePlace(path: string): string | undefined;
