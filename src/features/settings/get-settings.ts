/** Reads the district's settings (district administrators; anyone else 404). Audited. */
import type { DataHandle } from '../../db/handle';
import { availableProfiles, requireSettingsAccess, settingsView } from './presenter';

export async function getSettings(handle: DataHandle) {
  return handle.read(async (scope) => {
    requireSettingsAccess(scope, 'view', 'settings');
    const row = await scope.district.settings();
    const view = await settingsView(scope, row, await availableProfiles(scope));
    await scope.audit({ action: 'district.settings.read', studentId: null });
    return view;
  });
}
