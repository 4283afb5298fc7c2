// Japanese names of values the API gives as codes.

/** Japanese names of the role groups the loaders assign. */
export const ROLE_GROUPS = [
  ['chair', '議長・会長'],
  ['vice_chair', '副議長・副会長'],
  ['member', '委員・議員'],
  ['executive', '市長・執行部'],
  ['secretariat', '事務局'],
  ['other', 'その他'],
];

export function roleGroupLabel(key) {
  const found = ROLE_GROUPS.find(([k]) => k === key);
  return found ? found[1] : key;
}
