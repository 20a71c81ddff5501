import { AppDevicesButton } from './AppDevicesButton';
import { AppInvitationButton } from './AppInvitationButton';

/** The client app on the client page: invite the client, and see or revoke their devices. */
export function AppAccessActions() {
  return (
    <>
      <AppInvitationButton />
      <AppDevicesButton />
    </>
  );
}
