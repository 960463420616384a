// The AEB pages of ../shared (bench/extraction/aeb/html), for the browser bench and the trimmed-gathering
// cross-check: each with its size group (the four of issue 18) and its half, development (tuned on) or
// validation (only measured on), by the rule of bench/extraction/score_all.py: CRC-32 of the file name, even = dev.
// Empty when ../shared is absent (FIRSTHAND_SHARED names another copy).
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
const SHARED = process.env.FIRSTHAND_SHARED || path.resolve(here, '../../../shared');
export const AEB_DIR = path.join(SHARED, 'bench/extraction/aeb/html');

export const SIZE_GROUPS = [
  { name: 'under 100 KB', below: 100 * 1024 },
  { name: '100-300 KB', below: 300 * 1024 },
  { name: '300 KB-1 MB', below: 1024 * 1024 },
  { name: 'over 1 MB', below: Infinity },
];

export const aebAvailable = () => existsSync(AEB_DIR);

// [{file, path (served), bytes, group (its name), half: 'dev' | 'val'}], by file name.
export function aebPages() {
  if (!aebAvailable()) return [];
  return readdirSync(AEB_DIR).filter((file) => file.endsWith('.html')).sort().map((file) => {
    const bytes = statSync(path.join(AEB_DIR, file)).size;
    return { file, path: `/aeb/${file}`, bytes, group: SIZE_GROUPS.find((g) => bytes < g.below).name,
      half: crc32(file) % 2 === 0 ? 'dev' : 'val' };
  });
}

// Up to `perGroup` pages of each size group from `pages`, spread over the group's sizes (smallest to largest).
export function spreadOverGroups(pages, perGroup) {
  return SIZE_GROUPS.flatMap(({ name }) => {
    const inGroup = pages.filter((p) => p.group === name).sort((a, b) => a.bytes - b.bytes);
    if (inGroup.length <= perGroup) return inGroup;
    return Array.from({ length: perGroup }, (_, i) => inGroup[Math.round((i * (inGroup.length - 1)) / Math.max(1, perGroup - 1))]);
  });
}
